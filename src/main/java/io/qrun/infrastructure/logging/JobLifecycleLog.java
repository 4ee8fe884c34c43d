package io.qrun.infrastructure.logging;

import io.qrun.application.jobs.JobStatusChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Logger;

/**
 * One INFO line per job status change this node committed (after the commit, so a transaction
 * that rolled back logs nothing), in the job's {@link LogContext}: "Job Queued on it_fast (mode
 * job)", "Job Running (was Queued)", "Job Completed (was Running)".
 */
@ApplicationScoped
public class JobLifecycleLog {

    private static final Logger LOG = Logger.getLogger(JobLifecycleLog.class.getName());

    void log(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobStatusChanged change) {
        try (LogContext.Scope ignored = LogContext.job(change.jobId(), change.sessionId())) {
            if (change.from() == null) {
                LOG.info(() -> "Job " + change.to().label() + " on " + change.backend() + " (mode " + change.mode() + ")");
            } else {
                LOG.info(() -> "Job " + change.to().label() + " (was " + change.from().label() + ")");
            }
        }
    }
}
