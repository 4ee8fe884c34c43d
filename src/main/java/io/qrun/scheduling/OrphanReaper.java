package io.qrun.scheduling;

import io.qrun.application.jobs.JobTransitions;
import io.qrun.domain.shared.Times;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.job.ReasonCodes;
import io.qrun.domain.job.JobRepository;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The guarantee that no job stays Running forever: a Running job whose batch execution has ended
 * (or is unknown to the batch runtime) on two clock ticks in a row -- so the job listener had
 * every chance to finish it -- is failed with a reason and its QPU released.
 */
@ApplicationScoped
public class OrphanReaper {

    private static final Logger LOG = Logger.getLogger(OrphanReaper.class.getName());

    @Inject
    JobRepository jobs;

    @Inject
    JobTransitions transitions;

    @Inject
    SchedulerTrigger trigger;

    private final Set<String> suspects = new HashSet<>();

    /** Called by the clock only (one tick at a time), so the suspect set needs no locking. */
    public void reap() {
        Set<String> seen = new HashSet<>();
        for (Job job : jobs.withStatus(JobStatus.RUNNING)) {
            if (job.batchExecutionId() == null || !ended(job.batchExecutionId())) {
                continue;
            }
            seen.add(job.id());
            if (suspects.contains(job.id())) {
                LOG.warning(() -> "Job " + job.id() + " was Running with no live batch execution; failing it");
                transitions.fail(job.id(), "The job's batch execution ended without giving the job a final state",
                        ReasonCodes.INTERNAL_ERROR, "Submit the job again; if it fails again, contact the operator.",
                        Times.now());
                trigger.soon(job.backend());
            }
        }
        suspects.clear();
        suspects.addAll(seen);
    }

    private static boolean ended(long executionId) {
        try {
            BatchStatus s = BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus();
            return s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.STOPPED
                    || s == BatchStatus.ABANDONED;
        } catch (NoSuchJobExecutionException e) {
            return true;
        }
    }
}
