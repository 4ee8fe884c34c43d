package io.qrun.domain.queue;

import java.time.Instant;

/** A queued job as the picker sees it: which instance owns it and how long it has waited. */
public record QueuedJob(String jobId, String instanceId, Instant created) {
}
