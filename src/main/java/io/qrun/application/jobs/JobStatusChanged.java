package io.qrun.application.jobs;

import io.qrun.domain.job.JobStatus;
import java.time.Instant;

/**
 * A job changed status (fired inside the transaction that changed it; observers that count or
 * time jobs listen after the commit). {@code running} is when the job started, null before.
 */
public record JobStatusChanged(String jobId, String backend, JobStatus from, JobStatus to, Instant created,
                               Instant running, Instant at) {
}
