package io.qrun.domain.queue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reads of a backend's queue that the fair-share order needs, each one an index range of the
 * queued jobs (by backend, instance and age, or by backend and age), so none of them loads the
 * whole queue. Implemented with JPA in infrastructure.persistence; callers bring the transaction.
 */
public interface QueueIndex {

    /** An instance's queued jobs on a backend: how many, and when the oldest was created. */
    record InstanceQueue(String instanceId, Instant oldestCreated, long count) {
    }

    /** The oldest queued job of these instances (created, then id). */
    Optional<QueuedJob> oldest(String backend, InstanceSet instances);

    /**
     * Up to {@code limit} queued jobs of one instance, oldest first, after {@code after} (null:
     * from its oldest), leaving out the jobs of {@code skippedWorkloads}.
     */
    List<QueuedJob> ofInstance(String backend, String instanceId, QueuedJob after, Set<String> skippedWorkloads,
                               int limit);

    long count(String backend, InstanceSet instances);

    /** Queued jobs of these instances older than {@code than} (created, then id). */
    long countOlder(String backend, InstanceSet instances, QueuedJob than);

    /** Per instance of the set with queued jobs: its count and its oldest job's creation time. */
    List<InstanceQueue> perInstance(String backend, InstanceSet instances);
}
