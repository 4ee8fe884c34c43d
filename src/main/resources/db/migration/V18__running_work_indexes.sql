-- Reads of live work that the server makes on every tick of the scheduler's clock, each over a few
-- rows of tables that only grow (every job and workload ever run). Without an index that begins
-- with the status or state they scanned the whole table: measured, 6.6 % of the server's CPU with
-- 80,000 jobs in the table (docs/performance.md). Portable between H2 and PostgreSQL 15.

-- The Running jobs of every backend: OrphanReaper (every tick), Nodes (a node's start and a silent
-- node's work), Planner (the preprocessing workload jobs, when a workload's queued jobs start),
-- StoredDeadlines (at deployment).
CREATE INDEX jobs_status_phase ON jobs (status, phase);
-- The active sessions whose usage the clock checks on every tick (Executions.usageCheck).
CREATE INDEX workloads_state_mode ON workloads (state, mode);
