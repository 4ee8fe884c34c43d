package io.qrun.scheduling;

import io.qrun.application.execution.Decisions;
import io.qrun.application.execution.Executions;
import io.qrun.application.execution.QpuLeases;
import io.qrun.application.port.DecisionsCarrier;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.job.ReasonCodes;
import io.qrun.domain.shared.Times;
import io.qrun.domain.workload.WorkloadRepository;
import io.qrun.infrastructure.batch.BatchLaunch;
import io.qrun.infrastructure.batch.BatchLauncher;
import io.qrun.infrastructure.batch.ExecutionControl;
import io.qrun.infrastructure.batch.NodeLaunches;
import io.qrun.infrastructure.logging.JobLogScopes;
import io.qrun.infrastructure.logging.LogContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries out committed decisions on this node: starts the preprocessing batch jobs, hands
 * executions to the {@link QuantumExecutor}, arms the {@link DeadlineTimers}, stops the batch
 * execution of a job that ended, asks for passes. A batch job that cannot start because the
 * batch runtime is not up (the deployment starting or stopping) is retried by the clock; any
 * other failure to start fails the job with the reason.
 */
@ApplicationScoped
public class DecisionsRunner implements DecisionsCarrier {

    private static final Logger LOG = Logger.getLogger(DecisionsRunner.class.getName());

    @Inject
    BatchLauncher launcher;

    @Inject
    JobRepository jobs;

    @Inject
    WorkloadRepository workloads;

    @Inject
    Executions executions;

    @Inject
    QuantumExecutor executor;

    @Inject
    DeadlineTimers timers;

    @Inject
    SchedulerTrigger trigger;

    @Inject
    ExecutionControl control;

    @Inject
    NodeLaunches launches;

    @Inject
    JobLogScopes logScopes;

    private final Set<String> launchLater = ConcurrentHashMap.newKeySet();

    @Override
    public void carryOut(Decisions d) {
        for (Decisions.Timer t : d.timers()) {
            timers.arm(t);
        }
        for (String jobId : d.stopPreprocessing()) {
            stop(jobId);
        }
        for (String jobId : d.preprocess()) {
            launch(jobId);
        }
        for (String jobId : d.compute()) {
            executor.compute(jobId);
        }
        for (String instance : d.usageLimitReached()) {
            carryOut(executions.usageLimitReached(instance));
        }
        for (String backend : d.passes()) {
            trigger.soon(backend);
        }
    }

    /** Decisions fired as an event by a use case's transaction, carried out once it has committed. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Decisions d) {
        carryOut(d);
    }

    /** Whether the job's batch job waits for the clock to start it (the batch runtime was not up). */
    public boolean launchPending(String jobId) {
        return launchLater.contains(jobId);
    }

    /** Called by the clock: the batch jobs that could not start before. */
    public void retryLaunches() {
        for (String jobId : Set.copyOf(launchLater)) {
            launchLater.remove(jobId);
            launch(jobId);
        }
    }

    private void launch(String jobId) {
        try (LogContext.Scope ignored = logScopes.ofJob(jobId)) {
            launchInContext(jobId);
        }
    }

    private void launchInContext(String jobId) {
        try {
            BatchLaunch launch = launchOf(jobId);
            Instant at = Times.now(); // before the start: NodeLaunches.forgetAllBut relies on it
            launches.record(jobId, launcher.start(launch), at);
        } catch (IllegalStateException batchRuntimeNotUp) {
            // WildFly's JobOperatorService answers so while the deployment starts or stops: the job
            // did nothing yet; the clock tries again (and after a stop, the restarted node does)
            LOG.log(Level.WARNING, "The batch runtime cannot start job " + jobId + " now; retrying on the next tick: "
                    + batchRuntimeNotUp.getMessage());
            launchLater.add(jobId);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not start the batch job of " + jobId, e);
            carryOut(executions.fail(jobId, "The service could not start the job: " + e.getMessage(),
                    ReasonCodes.INTERNAL_ERROR, "Submit the job again; if it fails again, contact the operator."));
        }
    }

    /** The batch job's parameters, from the job row and its workload. */
    private BatchLaunch launchOf(String jobId) {
        Job job = jobs.find(jobId).orElseThrow(() -> new IllegalStateException("Job " + jobId + " is gone"));
        String mode = job.sessionId() == null ? QpuLeases.JOB_MODE
                : workloads.find(job.sessionId()).map(w -> w.mode().label()).orElse(QpuLeases.JOB_MODE);
        return new BatchLaunch(job.id(), job.programId(), job.backend(), mode, job.sessionId());
    }

    private void stop(String jobId) {
        control.signalStop(jobId);
        launchLater.remove(jobId);
        // a batch execution runs on the node that launched it; a job preprocessing on another node
        // sees the end in its row (JobRun.preprocessing) and its batchlets stop there
        launches.of(jobId).ifPresent(l -> launcher.stop(l.executionId(), jobId));
        launches.forget(jobId);
    }
}
