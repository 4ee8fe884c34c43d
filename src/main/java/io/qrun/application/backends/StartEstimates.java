package io.qrun.application.backends;

import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.shared.Times;
import io.qrun.domain.timeline.HolderKind;
import io.qrun.domain.timeline.IntervalKind;
import io.qrun.domain.timeline.QpuLease;
import io.qrun.domain.timeline.QpuRepository;
import io.qrun.domain.workload.Workload;
import io.qrun.domain.workload.WorkloadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a queued job is expected to start, from the scheduling order and the time model: the rest
 * of the current QPU hold (an execution's or calibration's stored deadline; an active session
 * until its interactive deadline, or one interactive TTL from now), then every ready job (they go
 * first), then the jobs ahead of it in the queue order. A job's QPU time is its modelled estimate
 * once preprocessed; before that, the mean of the backend's job intervals of the last hour (1 s
 * when there is none). An estimate, not a promise: sessions and batches that become active change it.
 */
@ApplicationScoped
public class StartEstimates {

    static final Duration HISTORY = Duration.ofHours(1);
    static final double DEFAULT_JOB_SECONDS = 1.0;

    @Inject
    QpuRepository qpu;

    @Inject
    JobRepository jobs;

    @Inject
    WorkloadRepository workloads;

    /**
     * @param position the job's 1-based place in the queue ({@link BackendQueueService#position}).
     *                 The jobs ahead of it are queued, and a queued job has no modelled estimate
     *                 yet (preprocessing makes it; a job queued again loses it), so each counts
     *                 the typical time: their number is all that is needed, not their rows.
     */
    public Instant of(Job queued, int position) {
        Instant now = Times.now();
        double typical = typicalJobSeconds(queued.backend(), now);
        double seconds = holdLeft(queued.backend(), now);
        for (Job ready : jobs.ready(queued.backend())) {
            seconds += estimate(ready, typical);
        }
        seconds += (position - 1) * typical;
        return now.plusMillis((long) Math.ceil(seconds * 1000));
    }

    private double holdLeft(String backend, Instant now) {
        QpuLease lease = qpu.lease(backend).orElse(null);
        if (lease == null || lease.isFree()) {
            return 0;
        }
        if (lease.holderKind() == HolderKind.CALIBRATION) {
            return secondsUntil(now, lease.deadline());
        }
        if (lease.jobId() != null) {
            Instant end = jobs.find(lease.jobId()).map(Job::nextExecutionDeadline).orElse(null);
            if (end != null) {
                return secondsUntil(now, end);
            }
        }
        if (lease.holderKind() == HolderKind.SESSION) {
            Optional<Workload> session = workloads.find(lease.sessionId());
            Instant until = session.map(Workload::interactiveDeadline).orElse(null);
            return until != null ? secondsUntil(now, until) : session.map(Workload::interactiveTtl).orElse(0L);
        }
        return 0;
    }

    private double typicalJobSeconds(String backend, Instant now) {
        return qpu.meanEndedSeconds(backend, IntervalKind.JOB, now.minus(HISTORY), now).orElse(DEFAULT_JOB_SECONDS);
    }

    private static double estimate(Job job, double typical) {
        return job.estimatedQpuSeconds() != null ? job.estimatedQpuSeconds() : typical;
    }

    private static double secondsUntil(Instant now, Instant t) {
        return t == null || !t.isAfter(now) ? 0 : Times.secondsBetween(now, t);
    }
}
