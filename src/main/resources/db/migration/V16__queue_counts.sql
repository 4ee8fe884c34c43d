-- The number of queued jobs per backend and instance, kept in the transaction that queues a job or
-- takes it out of the queue (JobTransitions, JpaQueueCounts), so that a queue position and the
-- backend's queue length are sums over at most one row per instance instead of counts over the
-- queue (docs/performance.md, "Queue scale"). A row, once there, stays (at 0 when nothing waits).
-- Portable between H2 and PostgreSQL 15.
CREATE TABLE queue_counts (
    backend      VARCHAR(100) NOT NULL,
    instance_id  VARCHAR(100) NOT NULL,
    queued       BIGINT       NOT NULL,
    PRIMARY KEY (backend, instance_id)
);

INSERT INTO queue_counts (backend, instance_id, queued)
SELECT backend, instance_id, COUNT(*) FROM jobs WHERE status = 'Queued' GROUP BY backend, instance_id;
