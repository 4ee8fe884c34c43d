package io.qrun.batch;

import io.qrun.application.jobs.JobSettings;
import io.qrun.application.jobs.JobTransitions;
import io.qrun.application.jobs.SubmissionRules;
import io.qrun.domain.shared.Times;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.job.ReasonCodes;
import io.qrun.domain.job.JobRepository;
import io.qrun.infrastructure.batch.ExecutionControl;
import io.qrun.scheduling.SchedulerTrigger;
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
 * Gives every batch execution's job a final state: a job the steps did not complete ends as its
 * stop request says (Cancelled, Cancelled - Ran too long), or Failed with the recorded reason; a
 * job stopped with no reason of ours (the server shutting down) goes back to the queue. Releases the QPU if still held (charging up to now), forgets the in-memory state and
 * asks the scheduler for the backend's next job.
 */
@Named("primitiveJobListener")
@Dependent
public class PrimitiveJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(PrimitiveJobListener.class.getName());

    @Inject
    @BatchProperty(name = "jobId")
    String jobId;

    @Inject
    JobContext jobContext;

    @Inject
    JobRepository jobs;

    @Inject
    JobTransitions transitions;

    @Inject
    JobWorkspaces workspaces;

    @Inject
    ExecutionControl control;

    @Inject
    JobSettings settings;

    @Inject
    SchedulerTrigger trigger;

    @Override
    public void afterJob() {
        Optional<Job> job = jobs.find(jobId);
        try {
            if (job.isPresent() && job.get().status() == JobStatus.RUNNING) {
                finish(job.get());
            }
        } catch (RuntimeException e) {
            // typically the application is being undeployed (server shutdown): RestartRecovery
            // re-queues the job at the next start, and OrphanReaper covers a live server
            LOG.log(Level.WARNING, "Could not give job " + jobId + " its final state now (" + e
                    + "); restart recovery or the orphan reaper will");
        } finally {
            workspaces.drop(jobId);
            control.forget(jobId);
            job.ifPresent(j -> trigger.soon(j.backend()));
        }
    }

    private void finish(Job job) {
        long maxSeconds = SubmissionRules.maxExecutionSeconds(job.cost(), settings.maxExecutionSeconds());
        if (transitions.endStopped(jobId, maxSeconds, Times.now())) {
            return;
        }
        Optional<JobWorkspaces.Workspace> ws = workspaces.existing(jobId);
        JobWorkspaces.Failure failure = ws.map(w -> w.failure).orElse(null);
        BatchStatus batch = jobContext.getBatchStatus();
        boolean stopped = ws.map(w -> w.interrupted).orElse(false)
                || batch == BatchStatus.STOPPING || batch == BatchStatus.STOPPED;
        if (failure == null && stopped) {
            // stopped without a reason of ours: a server shutdown (or an operator's stop) -- run it again later
            transitions.requeue(jobId, "requeued after its batch execution was stopped", Times.now());
            return;
        }
        if (failure == null) {
            failure = new JobWorkspaces.Failure("The job ended without a result (batch status "
                    + jobContext.getBatchStatus() + ", exit status " + jobContext.getExitStatus() + ")",
                    ReasonCodes.INTERNAL_ERROR, "Submit the job again; if it fails again, contact the operator.");
        }
        transitions.fail(jobId, failure.reason(), failure.reasonCode(), failure.solution(), Times.now());
    }
}
