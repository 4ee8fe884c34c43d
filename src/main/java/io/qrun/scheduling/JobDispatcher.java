package io.qrun.scheduling;

import io.qrun.application.backends.QueueOrder;
import io.qrun.application.jobs.JobSettings;
import io.qrun.application.jobs.JobTransitions;
import io.qrun.application.jobs.QpuLeases;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.queue.QueuedJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One scheduling decision, in one transaction: take the backend's QPU lease, pick the next job,
 * mark it Running. The batch job is started by the caller after this commits, so the batch job
 * always finds the job Running.
 *
 * <p>Pick order (docs/jobs-and-scheduling.md): an active session's ready job, then a scheduled batch's
 * ready job, then the fair-share pick. Job mode only exists so far, so {@link #nextCandidate}
 * consults the fair-share picker alone; sessions and batches add their sources in front of it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobDispatcher {

    @Inject
    JobRepository jobs;

    @Inject
    QpuLeases leases;

    @Inject
    QueueOrder order;

    @Inject
    JobTransitions transitions;

    @Inject
    JobSettings settings;


    /** For a QPU backend: the job that now holds its QPU, or empty when it is busy or nothing can run. */
    public Optional<String> pickForQpu(Backend backend, Instant now) {
        if (!leases.isFree(backend.name())) {
            return Optional.empty();
        }
        Optional<QueuedJob> next = nextCandidate(backend.name(), now);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Job job = jobs.findForUpdate(next.get().jobId()).orElse(null);
        if (job == null || job.status() != JobStatus.QUEUED) {
            return Optional.empty(); // cancelled in between: the caller runs another pass
        }
        transitions.markRunning(job, now);
        if (!leases.grant(job, now)) {
            throw new IllegalStateException("QPU lease of " + backend.name() + " taken during the pick");
        }
        return Optional.of(job.id());
    }

    /**
     * For a simulator backend (no queue, no lease): queued jobs whose instance is not at its usage
     * limit start now, in the queue order, up to the backend's concurrency cap.
     */
    public List<String> pickForSimulator(Backend backend, Instant now) {
        long running = jobs.count(backend.name(), JobStatus.RUNNING);
        long free = settings.simulatorMaxConcurrentJobs() - running;
        List<String> started = new ArrayList<>();
        if (free <= 0) {
            return started;
        }
        for (QueuedJob candidate : order.of(backend.name(), now).eligible()) {
            if (started.size() >= free) {
                break;
            }
            Job job = jobs.findForUpdate(candidate.jobId()).orElse(null);
            if (job != null && job.status() == JobStatus.QUEUED) {
                transitions.markRunning(job, now);
                started.add(job.id());
            }
        }
        return started;
    }

    private Optional<QueuedJob> nextCandidate(String backend, Instant now) {
        return order.of(backend, now).eligible().stream().findFirst();
    }
}
