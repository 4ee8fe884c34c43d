package io.qrun.application.jobs;

import io.qrun.domain.job.JobStatus;
import java.time.Instant;

/**
 * A job entered a status: a submission ({@code from} null, {@code to} Queued) or a change. Fired
 * inside the transaction that made it, so observers that count, time or log it listen after the
 * commit. {@code sessionId} is the job's workload (null in job mode); {@code mode} is {@code job},
 * {@code dedicated} or {@code batch}; {@code running} is when the job last started (null before).
 */
public record JobStatusChanged(String jobId, String sessionId, String backend, String mode, JobStatus from,
                               JobStatus to, Instant created, Instant running, Instant at) {

    /** The mode of a job outside any workload. */
    public static final String JOB_MODE = "job";
}
