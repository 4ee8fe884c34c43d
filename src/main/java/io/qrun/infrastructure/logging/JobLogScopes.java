package io.qrun.infrastructure.logging;

import io.qrun.domain.job.JobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@link LogContext} scopes for threads that start from a job id alone (a compute task, a batch
 * launch, a deadline timer): the job's session from its placement ({@link JobRepository#placement},
 * which keeps those of recent jobs).
 */
@ApplicationScoped
public class JobLogScopes {

    @Inject
    JobRepository jobs;

    public LogContext.Scope ofJob(String jobId) {
        String sessionId;
        try {
            sessionId = jobs.placement(jobId).map(JobRepository.Placement::sessionId).orElse(null);
        } catch (RuntimeException databaseDown) {
            // the ids on a log line never stop the work the line is about: the job's id still goes on it
            sessionId = null;
        }
        return LogContext.job(jobId, sessionId);
    }

    /** A workload's scope: its id as the session, no job. */
    public LogContext.Scope ofWorkload(String workloadId) {
        return LogContext.job(null, workloadId);
    }
}
