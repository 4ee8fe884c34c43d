package io.qrun.application.workloads;

import java.time.Instant;
import java.util.List;

/**
 * What the API shows of a session or batch (the session object of rest-api.md).
 * {@code interactiveDeadline} is when the interactive TTL ends (from the last job's completion while
 * active); null before the first completion and once inactive or closed. A job of the workload that
 * is running when it passes keeps the workload active (WorkloadLifecycle.applyDeadlines).
 */
public record WorkloadView(String id, String backend, String mode, String state, String stateReason,
                           boolean acceptingJobs, long maxTtl, long interactiveTtl, long activeTtl,
                           Instant createdAt, Instant startedAt, Instant activatedAt, Instant closedAt,
                           Instant lastJobStarted, Instant lastJobCompleted, Instant interactiveDeadline,
                           List<Change> timestamps,
                           String userId, String instanceId, double elapsedTime) {

    /** One entry of {@code timestamps}. */
    public record Change(String status, Instant timestamp, String reason) {
    }
}
