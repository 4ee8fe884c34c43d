package io.qrun.batch;

import io.qrun.infrastructure.transactions.LeftoverTransactions;
import io.qrun.application.execution.Executions;
import io.qrun.application.port.DecisionsCarrier;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobPhase;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.job.ReasonCodes;
import io.qrun.infrastructure.batch.BatchLaunch;
import io.qrun.infrastructure.batch.ExecutionControl;
import io.qrun.infrastructure.logging.LogContext;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives a job whose preprocessing batch job ended without making it ready its next state: Failed
 * with the recorded reason; queued again when the batch execution was stopped without a cancel
 * (an operator's CLI); left Running when this server is shutting down (the node takes it back at
 * its restart). A job that became ready (or ended) needs nothing; its in-memory workspace stays
 * for its quantum execution unless the job has ended.
 */
@Named("primitiveJobListener")
@Dependent
public class PrimitiveJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(PrimitiveJobListener.class.getName());

    @Inject
    @BatchProperty(name = "jobId")
    String jobId;

    @Inject
    @BatchProperty(name = "program")
    String program;

    @Inject
    @BatchProperty(name = "backend")
    String backend;

    @Inject
    @BatchProperty(name = "mode")
    String mode;

    @Inject
    @BatchProperty(name = "sessionId")
    String sessionId;

    @Inject
    JobContext jobContext;

    @Inject
    JobRepository jobs;

    @Inject
    Executions executions;

    @Inject
    DecisionsCarrier carrier;

    @Inject
    JobWorkspaces workspaces;

    @Inject
    ExecutionControl control;

    /** Names the Qrun job in the exit status, where the admin console and the CLI show it. */
    @Override
    public void beforeJob() {
        jobContext.setExitStatus(BatchLaunch.exitStatus(jobId, program, backend, mode, sessionId));
    }

    @Override
    public void afterJob() {
        // the job's last code on this batch thread: nothing of it may stay on the thread for the next job
        LeftoverTransactions.leavingNone("The end of job " + jobId, () -> {
            Optional<Job> job = jobs.find(jobId);
            try (LogContext.Scope ignored = LogContext.job(jobId, job.map(Job::sessionId).orElse(null))) {
                finishInContext(job);
            }
            return null;
        });
    }

    private void finishInContext(Optional<Job> job) {
        boolean moved = false;
        try {
            if (job.isPresent() && job.get().isPhase(JobPhase.PREPROCESSING) && !control.isShuttingDown()) {
                moved = true;
                finish();
            }
        } catch (RuntimeException e) {
            // typically the application is being undeployed: the node takes the job back at its restart,
            // and the orphan reaper covers a live server
            LOG.log(Level.WARNING, "Could not give job " + jobId + " its next state now (" + e
                    + "); recovery or the orphan reaper will");
        } finally {
            // read again only when this listener moved the job on; otherwise the read above is as good
            Optional<Job> now = moved ? jobs.find(jobId) : job;
            if (now.isEmpty() || now.get().status().isFinal()) {
                workspaces.drop(jobId);
                control.forget(jobId);
            }
        }
    }

    private void finish() {
        Optional<JobWorkspaces.Workspace> ws = workspaces.existing(jobId);
        JobWorkspaces.Failure failure = ws.map(w -> w.failure).orElse(null);
        BatchStatus batch = jobContext.getBatchStatus();
        boolean stopped = ws.map(w -> w.interrupted).orElse(false)
                || batch == BatchStatus.STOPPING || batch == BatchStatus.STOPPED;
        if (failure == null && stopped) {
            carrier.carryOut(executions.requeue(jobId, "requeued after its batch execution was stopped"));
            return;
        }
        if (failure == null) {
            failure = new JobWorkspaces.Failure("The job's preprocessing ended without a result (batch status "
                    + batch + ", exit status " + jobContext.getExitStatus() + ")",
                    ReasonCodes.INTERNAL_ERROR, "Submit the job again; if it fails again, contact the operator.");
        }
        carrier.carryOut(executions.fail(jobId, failure.reason(), failure.reasonCode(), failure.solution()));
    }
}
