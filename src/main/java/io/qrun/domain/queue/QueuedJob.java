package io.qrun.domain.queue;

import java.time.Instant;

/** A queued job as the picker sees it: which instance owns it, how long it has waited, its workload (or null). */
public record QueuedJob(String jobId, String instanceId, Instant created, String sessionId) {

    public QueuedJob(String jobId, String instanceId, Instant created) {
        this(jobId, instanceId, created, null);
    }
}
