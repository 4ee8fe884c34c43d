-- The scheduler's queue reads (FairShareQueue, JpaQueueIndex) and the fair-share standings, each
-- an index range rather than a scan of the queue or the timeline. Portable between H2 2.2 and
-- PostgreSQL 15.

-- One instance's queued jobs oldest first, and per-instance counts and oldest jobs of a backend's
-- queue (status and backend first: the queue is a small part of all jobs).
CREATE INDEX jobs_queue_instance ON jobs (backend, status, instance_id, created, id);
-- The oldest queued job of a set of instances: the queue walked oldest first.
CREATE INDEX jobs_queue_age ON jobs (backend, status, created, id);
-- Both begin with (backend, status): the old index on those two columns alone is redundant.
DROP INDEX jobs_backend_status;

-- An instance's usage in its period (UsageAccounting), for one or many instances.
CREATE INDEX qpu_intervals_instance_start ON qpu_intervals (instance_id, start_at);
-- The fair-share window: every instance's intervals since a time.
CREATE INDEX qpu_intervals_start ON qpu_intervals (start_at);
