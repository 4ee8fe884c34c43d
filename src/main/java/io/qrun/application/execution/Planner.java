package io.qrun.application.execution;

import io.qrun.application.backends.BackendRegistry;
import io.qrun.application.backends.QueueOrder;
import io.qrun.application.jobs.JobSettings;
import io.qrun.application.jobs.JobTransitions;
import io.qrun.application.usage.UsageService;
import io.qrun.application.workloads.WorkloadSettings;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.backend.BackendState;
import io.qrun.domain.backend.BackendStateRepository;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobPhase;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.job.LogLevel;
import io.qrun.domain.queue.FairShareQueue;
import io.qrun.domain.queue.QueuedJob;
import io.qrun.domain.shared.Times;
import io.qrun.domain.timeline.HolderKind;
import io.qrun.domain.timeline.QpuLease;
import io.qrun.domain.workload.Workload;
import io.qrun.domain.workload.WorkloadRepository;
import io.qrun.domain.workload.WorkloadState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The scheduling decision for one backend, inside the caller's transaction: a pass of the
 * scheduler, or the tail of the transaction that ended an execution or made a job ready (so the
 * QPU is handed over in the same commit, with no gap and no wait for another pass). The lease
 * row is locked first and {@code now} is read after the lock, so a pass that waited for another
 * never grants with a time in the past.
 *
 * <p>Order (execution-modes.md): the queued jobs of active workloads start preprocessing (no
 * QPU needed); then the QPU: an active session's next ready job, else (QPU free) a due
 * calibration, else the ready job that became ready first (batch jobs and jobs of ended
 * workloads), else the fair-share pick from the queue. A paused backend starts nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Planner {

    private static final Logger PICKS = Logger.getLogger("io.qrun.scheduler.pick");

    @Inject
    BackendRegistry registry;

    @Inject
    BackendStateRepository states;

    @Inject
    QpuLeases leases;

    @Inject
    JobRepository jobs;

    @Inject
    WorkloadRepository workloads;

    @Inject
    QueueOrder order;

    @Inject
    JobTransitions transitions;

    @Inject
    WorkloadLifecycle lifecycle;

    @Inject
    ExecutionStarts starts;

    @Inject
    Calibrations calibrations;

    @Inject
    JobSettings settings;

    @Inject
    WorkloadSettings workloadSettings;

    @Inject
    UsageService usage;

    @Inject
    NodeIdentity node;

    public void plan(String backendName, Decisions d) {
        plan(backendName, d, null);
    }

    /**
     * @param freedAt when the caller freed the QPU (an execution that ended at its deadline, read
     *                by a timer a little later): a job that was ready by then starts at that
     *                instant, as it would have on the QPU -- the timer's latency is not a QPU gap.
     *                Never earlier than the job became ready, so intervals never overlap.
     */
    public void plan(String backendName, Decisions d, Instant freedAt) {
        Optional<Backend> found = registry.configured(backendName);
        if (found.isEmpty()) {
            return;
        }
        Backend backend = found.get();
        QpuLease lease = leases.lock(backendName);
        // read under the lock, fresh (a copy loaded earlier in this transaction may predate a pause)
        BackendState state = states.findForUpdate(backendName).orElse(null);
        if (state != null && state.isPaused()) {
            return;
        }
        // read after the last lock: a job submitted while this pass waited for one is seen by the
        // pass and must not start before its creation
        Instant now = Times.now();
        Instant handOver = freedAt != null && freedAt.isBefore(now) ? freedAt : now;
        if (backend.simulator()) {
            planSimulator(backend, now, d);
            return;
        }
        Set<String> activeWorkloads = new HashSet<>();
        for (Workload active : workloads.inState(backendName, WorkloadState.ACTIVE)) {
            Workload w = workloads.findForUpdate(active.id()).orElseThrow();
            if (w.state() == WorkloadState.ACTIVE) {
                activeWorkloads.add(w.id());
                startQueuedOf(w, now, d);
            }
        }
        if (lease.holderKind() == HolderKind.SESSION) {
            if (lease.isSessionIdle()) {
                Workload session = workloads.findForUpdate(lease.sessionId()).orElseThrow();
                for (Job candidate : jobs.ofSession(session.id(), JobStatus.RUNNING).stream()
                        .filter(j -> j.phase() == JobPhase.READY).sorted(Comparator.comparing(Job::readyAt)).toList()) {
                    Job job = transitions.locked(candidate.id());
                    if (job.isPhase(JobPhase.READY)) {
                        starts.start(lease, session, job, startOf(job, handOver), d);
                        break;
                    }
                }
            }
            return;
        }
        if (lease.holderKind() == HolderKind.JOB) {
            // job mode: the holder's own readiness starts its execution
            Job held = jobs.find(lease.jobId()).orElse(null);
            if (held != null) {
                Workload w = workloadOf(held);
                Job holder = transitions.locked(held.id());
                if (holder.isPhase(JobPhase.READY)) {
                    starts.start(lease, w, holder, now, d);
                }
            }
            return;
        }
        if (!lease.isFree()) {
            return; // a calibration
        }
        if (state != null && calibrations.startIfDue(lease, backend, state, now, d)) {
            return;
        }
        for (Job ready : jobs.ready(backendName)) {
            Workload w = workloadOf(ready);
            Job job = transitions.locked(ready.id());
            if (job.isPhase(JobPhase.READY)) {
                starts.start(lease, w, job, startOf(job, handOver), d);
                return;
            }
        }
        pickFromQueue(lease, backend, activeWorkloads, now, d);
    }

    /**
     * The fair-share pick, timed: the category {@code io.qrun.scheduler.pick} at FINE (DEBUG) logs how long
     * each pick that started a job took, from the first read of the queue to the job's grant, and
     * how much of it went to finding the job (the standings and the queue reads, until the job that
     * started was locked); bench/queue-scale.sh reads these lines. The commit is not included.
     */
    private void pickFromQueue(QpuLease lease, Backend backend, Set<String> activeWorkloads, Instant now, Decisions d) {
        long began = System.nanoTime();
        Picked picked = pick(lease, backend, activeWorkloads, now, d);
        if (picked != null && PICKS.isLoggable(Level.FINE)) {
            PICKS.fine(String.format(java.util.Locale.ROOT,
                    "pick of job %s on %s took %.3f ms (finding it %.3f ms: standings %.3f ms, queue %.3f ms, locks %.3f ms)",
                    picked.jobId(), backend.name(), (System.nanoTime() - began) / 1e6, (picked.found() - began) / 1e6,
                    (picked.standings() - began) / 1e6, (picked.queued() - picked.standings()) / 1e6,
                    (picked.found() - picked.queued()) / 1e6));
        }
    }

    /**
     * The job a pick started, and when (System.nanoTime) the standings had been read, the job had
     * come out of the queue and it had been locked.
     */
    private record Picked(String jobId, long standings, long queued, long found) {
    }

    /** @return the job that was started, or null */
    private Picked pick(QpuLease lease, Backend backend, Set<String> activeWorkloads, Instant now, Decisions d) {
        // jobs of active workloads wait for their workload's preprocessing cap, not for the queue
        FairShareQueue queue = order.fairShare(backend.name(), now);
        long standings = System.nanoTime();
        for (QueuedJob candidate : queue.eligible(activeWorkloads)) {
            long queued = System.nanoTime();
            Workload w = candidate.sessionId() == null ? null
                    : workloads.findForUpdate(candidate.sessionId()).orElse(null);
            Job job = transitions.locked(candidate.jobId());
            long found = System.nanoTime();
            if (job.status() != JobStatus.QUEUED) {
                continue;
            }
            if (w == null || w.state() == WorkloadState.CLOSED) {
                // job mode (or a job left in the queue by a workload that ended at the usage limit):
                // the QPU is reserved from the pick, the QPU idles while it preprocesses
                markRunning(job, now, d);
                leases.grantToJob(lease, job, w, now);
                return new Picked(job.id(), standings, queued, found);
            }
            if (w.maxTtlPassed(now)) {
                lifecycle.applyDeadlines(lease, w, now, d);
                continue;
            }
            lifecycle.activate(w, now, "job " + job.id() + " picked from the queue", d);
            markRunning(job, now, d);
            w.jobStarted(now);
            d.arm(Decisions.TimerKind.WORKLOAD, w.id(), w.nextDeadline());
            if (w.isDedicated()) {
                leases.grantToSession(lease, w, now);
            }
            startQueuedOf(w, now, d);
            return new Picked(job.id(), standings, queued, found);
        }
        return null;
    }

    /**
     * Every queued job of an active workload starts preprocessing, while fewer than the cap of
     * workload jobs preprocess at once (the rest start as those become ready).
     */
    private void startQueuedOf(Workload w, Instant now, Decisions d) {
        long free = workloadSettings.maxPreprocessingJobs() - jobs.countWorkloadJobsInPhase(JobPhase.PREPROCESSING);
        if (free <= 0) {
            return;
        }
        List<Job> queued = jobs.ofSession(w.id(), JobStatus.QUEUED);
        if (queued.isEmpty() || usage.limitReached(w.instanceId())) {
            return;
        }
        for (Job q : queued) {
            if (free-- <= 0) {
                break;
            }
            Job job = transitions.locked(q.id());
            if (job.status() == JobStatus.QUEUED) {
                markRunning(job, now, d);
                w.jobStarted(now);
            }
        }
        d.arm(Decisions.TimerKind.WORKLOAD, w.id(), w.nextDeadline());
    }

    /**
     * A simulator's job that is ready starts its execution at once, unless the backend is paused
     * (read under the backend state's row lock, which a pause takes: nothing starts after the pause
     * is answered; the resume's pass starts it). It counted among the backend's running jobs since
     * its pick, so the cap needs no check and no queued job can start in its place: no pass, no
     * lease lock.
     */
    public void startOnSimulator(Job job, Decisions d) {
        BackendState state = states.findForUpdate(job.backend()).orElse(null);
        if (state != null && state.isPaused()) {
            return;
        }
        starts.startWithoutQpu(job, Times.now(), d);
    }

    /** A simulator has no queue and no lease: queued jobs start at once, up to its concurrency cap. */
    private void planSimulator(Backend backend, Instant now, Decisions d) {
        long free = settings.simulatorMaxConcurrentJobs() - jobs.count(backend.name(), JobStatus.RUNNING);
        for (Job ready : jobs.ready(backend.name())) {
            Job job = transitions.locked(ready.id());
            if (job.isPhase(JobPhase.READY)) {
                starts.startWithoutQpu(job, now, d);
            }
        }
        if (free <= 0) {
            return;
        }
        for (QueuedJob candidate : order.fairShare(backend.name(), now).eligible(Set.of())) {
            if (free-- <= 0) {
                break;
            }
            Job job = transitions.locked(candidate.jobId());
            if (job.status() == JobStatus.QUEUED) {
                markRunning(job, now, d);
            }
        }
    }

    private static Instant startOf(Job ready, Instant handOver) {
        return ready.readyAt() != null && ready.readyAt().isAfter(handOver) ? ready.readyAt() : handOver;
    }

    private void markRunning(Job job, Instant now, Decisions d) {
        // a pass reads the clock before it waits for a workload's lock, and a job submitted into
        // that workload meanwhile is picked after its creation, never before
        Instant at = job.created().isAfter(now) ? job.created() : now;
        transitions.change(job, JobStatus.RUNNING, at, null, null, null);
        job.assignTo(node.id());
        transitions.log(job, LogLevel.INFO, at, "Preprocessing starts on node " + node.id());
        d.preprocess(job.id());
    }

    private Workload workloadOf(Job job) {
        return job.sessionId() == null ? null : workloads.findForUpdate(job.sessionId()).orElse(null);
    }
}
