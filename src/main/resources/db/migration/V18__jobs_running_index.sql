-- The Running jobs of every backend, read on every tick of the scheduler's clock (OrphanReaper), at a
-- start (Nodes), when a workload's queued jobs start (Planner's count of preprocessing workload jobs)
-- and at deployment (StoredDeadlines). Without an index that begins with the status those reads
-- scanned every job ever run (measured: 6.6 % of the server's CPU with 80,000 jobs in the table,
-- docs/performance.md); Running jobs are few, so this index makes them a short range.
-- Portable between H2 and PostgreSQL 15.
CREATE INDEX jobs_status_phase ON jobs (status, phase);
