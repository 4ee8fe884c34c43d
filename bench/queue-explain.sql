-- The plans of the queue reads on PostgreSQL, on the database bench/queue-scale.sh leaves behind:
--   psql -h 127.0.0.1 -U postgres -d qrun_bench -f bench/queue-explain.sql
-- The SQL that Hibernate makes of JpaQueueIndex's, FairShareStandings' and UsageAccounting's
-- queries (same predicates and order), with literal values.
\set ON_ERROR_STOP 1
\echo '--- oldest job of the instances that used nothing (all but a few): JpaQueueIndex.oldest'
EXPLAIN (ANALYZE, COSTS OFF) SELECT id, instance_id, created, session_id FROM jobs
 WHERE backend = 'bench_qpu' AND status = 'Queued' AND instance_id NOT IN ('bench-i0000', 'bench-i0001', 'bench-i0002')
 ORDER BY created, id LIMIT 1;
\echo '--- oldest job of a group of two instances: JpaQueueIndex.oldest'
EXPLAIN (ANALYZE, COSTS OFF) SELECT id, instance_id, created, session_id FROM jobs
 WHERE backend = 'bench_qpu' AND status = 'Queued' AND instance_id IN ('bench-i0500', 'bench-i0501')
 ORDER BY created, id LIMIT 1;
\echo '--- a page of one instance after a job: JpaQueueIndex.ofInstance'
EXPLAIN (ANALYZE, COSTS OFF) SELECT id, instance_id, created, session_id FROM jobs
 WHERE backend = 'bench_qpu' AND status = 'Queued' AND instance_id = 'bench-i0500'
   AND created >= now() - interval '1 day' AND (created > now() - interval '1 day' OR id > 'bench')
   AND (session_id IS NULL OR session_id NOT IN ('none'))
 ORDER BY created, id LIMIT 8;
\echo '--- jobs of the groups before: JpaQueueIndex.count (the kept counts of V16)'
EXPLAIN (ANALYZE, COSTS OFF) SELECT coalesce(sum(queued), 0) FROM queue_counts
 WHERE backend = 'bench_qpu' AND instance_id NOT IN ('bench-i0000', 'bench-i0001');
\echo '--- jobs of its instance older than the job: JpaQueueIndex.countOlder'
EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM jobs
 WHERE backend = 'bench_qpu' AND status = 'Queued' AND instance_id IN ('bench-i0500')
   AND created <= now() AND (created < now() OR id < 'z');
\echo '--- count and oldest per instance of a group: JpaQueueIndex.perInstance (kept counts, oldest job per instance)'
EXPLAIN (ANALYZE, COSTS OFF) SELECT c.instance_id, (SELECT min(j.created) FROM jobs j WHERE j.backend = 'bench_qpu'
   AND j.status = 'Queued' AND j.instance_id = c.instance_id), sum(c.queued) FROM queue_counts c
 WHERE c.backend = 'bench_qpu' AND c.instance_id NOT IN ('bench-i0500') GROUP BY c.instance_id HAVING sum(c.queued) > 0;
\echo '--- fair-share window: JpaQpuRepository.fairShareIntervalsSince'
EXPLAIN (ANALYZE, COSTS OFF) SELECT * FROM qpu_intervals i
 WHERE i.start_at >= now() - interval '28 days' AND i.instance_id IS NOT NULL
   AND (i.job_id IS NULL OR NOT EXISTS (SELECT 1 FROM jobs j WHERE j.id = i.job_id AND j.status = 'Cancelled'));
\echo '--- instances with usage or a limit: JpaInstanceRepository.withIdsOrLimited'
EXPLAIN (ANALYZE, COSTS OFF) SELECT * FROM instances WHERE id IN ('bench-i0001', 'bench-i0002') OR usage_limit_seconds IS NOT NULL;
\echo '--- the limited instances usage in their periods: JpaQpuRepository.ofInstancesStartedSince'
EXPLAIN (ANALYZE, COSTS OFF) SELECT * FROM qpu_intervals WHERE instance_id IN ('bench-i0001', 'bench-i0002') AND start_at >= now() - interval '31 days';
