package io.qrun.application.execution;

import io.qrun.application.ErrorCode;
import io.qrun.application.QrunException;
import io.qrun.application.backends.BackendRegistry;
import io.qrun.application.jobs.JobTransitions;
import io.qrun.application.usage.UsageService;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.job.ExecutionLimit;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobPhase;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.job.JobResultRecord;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.job.LogLevel;
import io.qrun.domain.job.ReasonCodes;
import io.qrun.domain.shared.Times;
import io.qrun.domain.timeline.QpuLease;
import io.qrun.domain.workload.Workload;
import io.qrun.domain.workload.WorkloadRepository;
import io.qrun.domain.workload.WorkloadMode;
import io.qrun.domain.workload.WorkloadState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every scheduling transaction, each in its own transaction (REQUIRES_NEW) that locks the
 * backend's QPU lease first, then the workload, then the job -- one lock order for all, so no
 * two of them deadlock -- and reads {@code now} after the locks. Each returns the
 * {@link Decisions} its caller carries out after the commit. Those that free the QPU end with
 * the {@link Planner}'s decision in the same transaction: the hand-over to the next ready job
 * commits together with the end of the previous execution.
 *
 * <p>Every entry point checks the stored state before it acts, so a repeated call (a timer that
 * fires twice, a compute task that finishes after a cancel) changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Executions {

    @Inject
    JobRepository jobs;

    @Inject
    WorkloadRepository workloads;

    @Inject
    QpuLeases leases;

    @Inject
    JobTransitions transitions;

    @Inject
    WorkloadLifecycle lifecycle;

    @Inject
    Planner planner;

    @Inject
    Calibrations calibrations;

    @Inject
    BackendRegistry backends;

    @Inject
    NodeIdentity node;

    @Inject
    UsageService usage;

    /** What a cancel did, and what is left to do after the commit. */
    public record Cancelled(boolean wasRunning, Decisions decisions) {
    }

    /** A scheduling pass on the backend. */
    public Decisions pass(String backend) {
        Decisions d = new Decisions();
        planner.plan(backend, d);
        return d;
    }

    /**
     * The job's preprocessing is done: it waits for the QPU (and takes it now if it may). The row
     * records the batch execution that preprocessed it, for the operator.
     */
    public Decisions ready(String jobId, double estimatedQpuSeconds, long batchExecutionId) {
        Decisions d = new Decisions();
        Locked l = lock(jobId);
        if (l == null || !l.job.isPhase(JobPhase.PREPROCESSING)) {
            return d;
        }
        Instant now = Times.now();
        l.job.ready(now, estimatedQpuSeconds);
        l.job.setBatchExecutionId(batchExecutionId);
        transitions.log(l.job, LogLevel.INFO, now, String.format("Preprocessing done: estimated QPU time %.3f s",
                estimatedQpuSeconds));
        if (l.lease == null) {
            // a simulator's job holds its place among the running jobs since its pick: nothing to plan
            planner.startOnSimulator(l.job, d);
        } else {
            planner.plan(l.job.backend(), d);
        }
        return d;
    }

    /** A compute task's result, for {@link #resultComputed} and {@link #resultsComputed}. */
    public record ComputedResult(String jobId, String resultJson, String spansJson) {
    }

    /** The compute task's result: stored with the job still executing; the job completes at its deadline. */
    public Decisions resultComputed(ComputedResult result) {
        return resultsComputed(List.of(result));
    }

    /**
     * The results of several compute tasks, in one transaction: each job is locked in turn (by id,
     * so two groups meet in one order) and the backends that jobs freed are planned once, at the
     * end. More than one only of simulator jobs: they lock no lease and no workload, so the group
     * takes no lock out of {@link #lock}'s order.
     */
    public Decisions resultsComputed(List<ComputedResult> results) {
        Decisions d = new Decisions();
        Replans replans = new Replans();
        List<ComputedResult> inOrder = new ArrayList<>(results);
        inOrder.sort(Comparator.comparing(ComputedResult::jobId));
        for (ComputedResult r : inOrder) {
            store(r, d, replans);
        }
        replans.plan(planner, d);
        return d;
    }

    private void store(ComputedResult r, Decisions d, Replans replans) {
        Locked l = lock(r.jobId());
        if (l == null || !l.job.isPhase(JobPhase.EXECUTING)) {
            return; // cancelled or ended meanwhile: the result is dropped
        }
        Instant now = Times.now();
        if (jobs.result(r.jobId()).isEmpty()) {
            jobs.addResult(new JobResultRecord(r.jobId(), r.resultJson(), now));
            l.job.setExecutionSpans(r.spansJson());
        }
        finishIfDue(l, now, d, replans);
    }

    /** The job's execution timer fired. */
    public Decisions executionDeadline(String jobId) {
        Decisions d = new Decisions();
        Locked l = lock(jobId);
        if (l != null && l.job.isPhase(JobPhase.EXECUTING)) {
            finishIfDue(l, Times.now(), d);
        }
        return d;
    }

    /** Ends a job that is not final as Failed (a failed PUB, a failed launch, a lost batch execution). */
    public Decisions fail(String jobId, String reason, int reasonCode, String solution) {
        Decisions d = new Decisions();
        Locked l = lock(jobId);
        if (l == null || l.job.status().isFinal()) {
            return d;
        }
        end(l, JobStatus.FAILED, reason, reasonCode, solution, Times.now(), d);
        return d;
    }

    /**
     * Fails a job whose preprocessing batch execution ended without making it ready, if it is
     * still so under the lock: a job that became ready since the caller read it, or was queued and
     * started again ({@code runningSince} is when the run the caller saw started), is left alone.
     */
    public Decisions failLostPreprocessing(String jobId, Instant runningSince, String reason, int reasonCode, String solution) {
        Decisions d = new Decisions();
        Locked l = lock(jobId);
        if (l == null || l.job.status().isFinal() || !l.job.isPhase(JobPhase.PREPROCESSING)
                || !runningSince.equals(l.job.running())) {
            return d;
        }
        end(l, JobStatus.FAILED, reason, reasonCode, solution, Times.now(), d);
        return d;
    }

    /** The user's cancel: the job is final when this commits, whatever phase it was in. */
    public Cancelled cancel(String jobId) {
        Decisions d = new Decisions();
        Locked l = lock(jobId);
        if (l == null) {
            throw new QrunException(ErrorCode.JOB_NOT_FOUND, "Job " + jobId + " does not exist.");
        }
        Job job = l.job;
        if (job.status().isFinal()) {
            throw new QrunException(ErrorCode.JOB_NOT_CANCELLABLE, "Job " + jobId + " is " + job.status().label()
                    + ": only Queued or Running jobs can be cancelled.");
        }
        boolean running = job.status() == JobStatus.RUNNING;
        end(l, JobStatus.CANCELLED, running ? "Cancelled by the user while running" : "Cancelled by the user while queued",
                null, null, Times.now(), d);
        return new Cancelled(running, d);
    }

    /** The job's batch execution stopped without a reason of ours (a shutdown): run its preprocessing again later. */
    public Decisions requeue(String jobId, String why) {
        Decisions d = new Decisions();
        Locked l = lock(jobId);
        if (l == null || !l.job.isPhase(JobPhase.PREPROCESSING)) {
            return d;
        }
        requeueLocked(l, why, Times.now(), d);
        return d;
    }

    /**
     * Takes over a Running job of a node that is gone (this node before its restart, or a silent
     * one): an execution with a stored result ends at its stored deadline (at once if it passed);
     * one without is computed again (same seed, same result); a job-mode job that was preprocessing
     * goes back to the queue, its QPU interval closed when its node was last seen; a workload's job
     * preprocesses again (a ready one stays ready: its PUBs are prepared again at execution).
     */
    public Decisions adopt(String jobId, Instant lastSeen) {
        Decisions d = new Decisions();
        Locked l = lock(jobId);
        if (l == null || l.job.status() != JobStatus.RUNNING) {
            return d;
        }
        Job job = l.job;
        Instant now = Times.now();
        String previous = job.nodeId();
        job.assignTo(node.id());
        transitions.log(job, LogLevel.WARNING, now, "Taken over by node " + node.id() + " from node " + previous);
        if (job.phase() == JobPhase.EXECUTING) {
            if (jobs.result(jobId).isEmpty()) {
                d.compute(jobId);
            }
            d.arm(Decisions.TimerKind.JOB, jobId, job.nextExecutionDeadline());
        } else if (job.phase() == JobPhase.PREPROCESSING && job.sessionId() == null) {
            requeueLocked(l, "requeued after server restart", lastSeen, d);
        } else if (job.phase() == JobPhase.PREPROCESSING) {
            job.preprocessAgain();
            d.preprocess(jobId);
        }
        d.pass(job.backend());
        return d;
    }

    /** The workload's timer fired: apply what has passed. */
    public Decisions workloadDeadline(String workloadId) {
        Decisions d = new Decisions();
        Optional<Workload> found = workloads.find(workloadId);
        if (found.isEmpty()) {
            return d;
        }
        QpuLease lease = leases.lock(found.get().backend());
        Workload w = workloads.findForUpdate(workloadId).orElseThrow();
        lifecycle.applyDeadlines(lease, w, Times.now(), d);
        planner.plan(w.backend(), d);
        return d;
    }

    /** A calibration's end. */
    public Decisions calibrationDeadline(String backend) {
        Decisions d = new Decisions();
        Optional<Backend> b = backends.find(backend);
        if (b.isEmpty()) {
            return d;
        }
        QpuLease lease = leases.lock(backend);
        calibrations.finishIfDue(lease, b.get(), Times.now(), d);
        planner.plan(backend, d);
        return d;
    }

    /** The instance reached its usage limit: each of its active or inactive workloads ends now. */
    public Decisions usageLimitReached(String instanceId) {
        Decisions d = new Decisions();
        for (WorkloadState state : new WorkloadState[] {WorkloadState.ACTIVE, WorkloadState.INACTIVE}) {
            for (Workload found : workloads.ofInstance(instanceId, state)) {
                QpuLease lease = leases.lock(found.backend());
                Workload w = workloads.findForUpdate(found.id()).orElseThrow();
                lifecycle.endForUsageLimit(lease, w, Times.now(), d);
            }
        }
        return d;
    }

    /**
     * A session charges its active wall-clock time, which no single execution's deadline covers:
     * an instance whose active session has used up its limit gets its workloads ended (a clock
     * tick's check, so at most one tick late).
     */
    public Decisions usageCheck() {
        Decisions d = new Decisions();
        Instant now = Times.now();
        for (Workload w : workloads.search(null, new WorkloadRepository.WorkloadFilter(WorkloadState.ACTIVE,
                WorkloadMode.DEDICATED, null, 0, 1000))) {
            if (usage.limitReached(w.instanceId())) {
                d.usageLimitReached(w.instanceId());
            }
        }
        return d;
    }

    /** {@code PATCH /sessions/{id}} with accepting_jobs false. */
    public Decisions stopAccepting(String workloadId) {
        Decisions d = new Decisions();
        Workload found = workloads.find(workloadId).orElseThrow();
        QpuLease lease = leases.lock(found.backend());
        Workload w = workloads.findForUpdate(workloadId).orElseThrow();
        lifecycle.stopAccepting(lease, w, Times.now(), d);
        return d;
    }

    /** {@code DELETE /sessions/{id}/close}. */
    public Decisions cancelWorkload(String workloadId) {
        Decisions d = new Decisions();
        Workload found = workloads.find(workloadId).orElseThrow();
        QpuLease lease = leases.lock(found.backend());
        Workload w = workloads.findForUpdate(workloadId).orElseThrow();
        lifecycle.cancel(lease, w, Times.now(), d);
        planner.plan(w.backend(), d);
        return d;
    }

    private void finishIfDue(Locked l, Instant now, Decisions d) {
        Replans replans = new Replans();
        finishIfDue(l, now, d, replans);
        replans.plan(planner, d);
    }

    private void finishIfDue(Locked l, Instant now, Decisions d, Replans replans) {
        Job job = l.job;
        if (job.executionLimitAt() != null && !now.isBefore(job.executionLimitAt())
                && job.executionLimitAt().isBefore(job.executionDeadline())) {
            Instant at = job.executionLimitAt();
            if (job.executionLimitKind() == ExecutionLimit.RAN_TOO_LONG) {
                long max = Math.round(Times.secondsBetween(job.executionStarted(), at));
                end(l, JobStatus.CANCELLED_RAN_TOO_LONG, "The job ran longer than its maximum execution time of "
                        + max + " s (the smaller of its cost and the operator's cap)", ReasonCodes.RAN_TOO_LONG,
                        "Submit fewer shots or PUBs, or raise the job's cost.", at, d, replans);
            } else {
                if (l.workload != null) {
                    // its own workload ends at the same instant, so no idle time is charged past the limit
                    lifecycle.endForUsageLimit(l.lease, l.workload, at, d);
                }
                end(l, JobStatus.CANCELLED, "The instance reached its usage limit while the job ran",
                        ReasonCodes.USAGE_LIMIT_REACHED, "Wait for the next usage period or ask the operator for a"
                                + " higher limit.", at, d, replans);
                d.usageLimitReached(job.instanceId());
            }
            return;
        }
        Optional<JobResultRecord> result = jobs.result(job.id());
        boolean computed = result.isPresent();
        if (computed && !now.isBefore(job.executionDeadline())) {
            // the QPU is held until the later of the modelled end and the end of the computation
            Instant at = result.get().created().isAfter(job.executionDeadline()) ? result.get().created()
                    : job.executionDeadline();
            end(l, JobStatus.COMPLETED, null, null, null, at, d, replans);
            return;
        }
        // computed: wake at the modelled end (or the limit, if earlier); not yet: at the limit, the
        // compute task comes back by itself when done
        d.arm(Decisions.TimerKind.JOB, job.id(), computed ? job.nextExecutionDeadline() : job.executionLimitAt());
    }

    private void end(Locked l, JobStatus status, String reason, Integer code, String solution, Instant at, Decisions d) {
        Replans replans = new Replans();
        end(l, status, reason, code, solution, at, d, replans);
        replans.plan(planner, d);
    }

    /** The one way a job ends: the QPU back, a result only when completed, the charge, the workload told. */
    private void end(Locked l, JobStatus status, String reason, Integer code, String solution, Instant at, Decisions d,
                     Replans replans) {
        Job job = l.job;
        Instant now = Times.now();
        if (job.isPhase(JobPhase.PREPROCESSING)) {
            d.stopPreprocessing(job.id());
        }
        if (l.lease != null) {
            leases.releaseJob(l.lease, job, l.workload, at);
        }
        if (status != JobStatus.COMPLETED) {
            jobs.result(job.id()).ifPresent(jobs::deleteResult);
        }
        // a job locked without a lease (a simulator's) held no QPU, so it has no intervals to charge
        job.charge(l.lease == null ? 0.0 : leases.chargeOf(job.id(), now));
        transitions.change(job, status, now, reason, code, solution);
        d.arm(Decisions.TimerKind.JOB, job.id(), null);
        if (l.workload != null) {
            lifecycle.jobEnded(l.lease, l.workload, at, d);
        }
        replans.freed(job.backend(), at);
    }

    private void requeueLocked(Locked l, String why, Instant at, Decisions d) {
        Job job = l.job;
        if (l.lease != null) {
            leases.releaseJob(l.lease, job, l.workload, at);
        }
        Instant now = Times.now();
        transitions.change(job, JobStatus.QUEUED, now, why, null, null);
        transitions.log(job, LogLevel.WARNING, now, "The job was queued again: " + why);
        d.stopPreprocessing(job.id());
        d.pass(job.backend());
    }

    /** The locks of one job's transaction, taken in the one order: lease, workload, job. */
    private Locked lock(String jobId) {
        // where the job runs, read without loading the row: a row loaded before the lease lock is
        // waited for would be a stale copy in this transaction
        Optional<JobRepository.Placement> placement = jobs.placement(jobId);
        if (placement.isEmpty()) {
            return null;
        }
        boolean simulator = backends.configured(placement.get().backend()).map(Backend::simulator).orElse(true);
        QpuLease lease = simulator ? null : leases.lock(placement.get().backend());
        Workload w = placement.get().sessionId() == null ? null
                : workloads.findForUpdate(placement.get().sessionId()).orElse(null);
        Job job = jobs.findForUpdate(jobId).orElse(null);
        return job == null ? null : new Locked(lease, w, job);
    }

    private record Locked(QpuLease lease, Workload workload, Job job) {
    }

    /**
     * The backends that ends in this transaction freed, each with the earliest instant it was freed
     * at, planned once each after the last end (a group of ends plans its backend once).
     */
    private static final class Replans {

        private final Map<String, Instant> freed = new TreeMap<>();

        void freed(String backend, Instant at) {
            freed.merge(backend, at, (a, b) -> a.isBefore(b) ? a : b);
        }

        void plan(Planner planner, Decisions d) {
            freed.forEach((backend, at) -> planner.plan(backend, d, at));
        }
    }
}
