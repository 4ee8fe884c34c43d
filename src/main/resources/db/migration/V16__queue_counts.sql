-- The number of queued jobs per backend and instance, kept in the transaction that queues a job or
-- takes it out of the queue (JobTransitions, JpaQueueCounts), so that a queue position and the
-- backend's queue length are sums over a few rows per instance instead of counts over the queue
-- (docs/performance.md, "Queue scale"). An instance's count is the sum of its stripes: a job
-- entering the queue adds 1 to one of 64 stripes drawn at random, so that concurrent submissions of
-- one instance rarely wait for each other's row lock; a job leaving it takes 1 from stripe 0. A
-- single stripe may go below 0, the sum never does. Rows, once there, stay.
-- Portable between H2 and PostgreSQL 15.
CREATE TABLE queue_counts (
    backend      VARCHAR(100) NOT NULL,
    instance_id  VARCHAR(100) NOT NULL,
    stripe       INTEGER      NOT NULL,
    queued       BIGINT       NOT NULL,
    PRIMARY KEY (backend, instance_id, stripe)
);

INSERT INTO queue_counts (backend, instance_id, stripe, queued)
SELECT backend, instance_id, 0, COUNT(*) FROM jobs WHERE status = 'Queued' GROUP BY backend, instance_id;
