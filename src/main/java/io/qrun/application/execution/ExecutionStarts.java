package io.qrun.application.execution;

import io.qrun.application.jobs.JobTransitions;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.LogLevel;
import io.qrun.domain.timeline.QpuLease;
import io.qrun.domain.workload.Workload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Starts a ready job's quantum execution, inside the scheduling transaction: the QPU to the job
 * (or, in its session, from idle to the job), the stored deadlines (the modelled end and the
 * limit that may cut it short), the compute task and the timer for after the commit. The compute
 * task runs the PUBs and stores the result; the job ends at its deadline, not when the compute
 * ends, so no thread waits for the modelled QPU time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ExecutionStarts {

    @Inject
    QpuLeases leases;

    @Inject
    ExecutionLimits limits;

    @Inject
    JobTransitions transitions;

    public void start(QpuLease lease, Workload w, Job job, Instant now, Decisions d) {
        if (lease.isFree()) {
            leases.grantToJob(lease, job, w, now);
        } else if (w != null && lease.isHeldBySession(w.id()) && lease.isSessionIdle()) {
            leases.runInSession(lease, job, w, now);
        } else if (!lease.isHeldBy(job.id())) {
            throw new IllegalStateException("QPU of " + job.backend() + " is not available to job " + job.id());
        }
        begin(job, now, d);
        if (w != null) {
            w.jobStarted(now);
        }
    }

    /** On a simulator: no QPU to take, the execution starts at once. */
    public void startWithoutQpu(Job job, Instant now, Decisions d) {
        begin(job, now, d);
    }

    private void begin(Job job, Instant now, Decisions d) {
        double modelled = job.estimatedQpuSeconds() == null ? 0.0 : job.estimatedQpuSeconds();
        Instant modelledEnd = now.plusNanos((long) Math.ceil(modelled * 1e9));
        ExecutionLimits.Limit limit = limits.of(job, now);
        job.startExecution(now, modelledEnd, limit.at(), limit.kind());
        transitions.log(job, LogLevel.INFO, now, String.format("Quantum execution starts (modelled %.3f s)", modelled));
        d.compute(job.id());
        // nothing can end before the result is in but the limit: the compute task comes back by
        // itself and then arms the modelled end (Executions.resultComputed). A timer at the
        // modelled end would wake to find no result; on the simulator (modelled 0 s) it fired at
        // once, a transaction on the job beside its compute task.
        d.arm(Decisions.TimerKind.JOB, job.id(), job.executionLimitAt());
    }
}
