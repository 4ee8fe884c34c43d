package io.qrun.domain.queue;

/**
 * The number of queued jobs per backend and instance, kept by whoever queues a job or takes one
 * out of the queue, in that same transaction, so that the counts always equal the queue's rows.
 * {@link QueueIndex#count} and {@link QueueIndex#perInstance} read them instead of counting the
 * queue. Implemented with JPA in infrastructure.persistence; callers bring the transaction.
 */
public interface QueueCounts {

    /**
     * {@code jobs} jobs of this instance entered the backend's queue (submitted, one or a group at
     * once, or queued again).
     */
    void entered(String backend, String instanceId, int jobs);

    /** A job of this instance left the backend's queue (it started, was cancelled or failed). */
    void left(String backend, String instanceId);
}
