-- Fair-share usage kept per instance (docs/jobs-and-scheduling.md, "Fair share"), so that the
-- scheduler's standings read one row per instance instead of every interval of the rolling window
-- (28 days by default: every job run in four weeks, on each pick).
--
-- qpu_intervals.counted_micros: what a closed interval counts for its instance, in microseconds,
-- set when it closes (JpaWindowUsage), null while open, for an interval of no instance
-- (calibrations) and for one of a job the user cancelled. window_usage.micros: the sum of an
-- instance's counted_micros over its intervals that started at or after window_start.start_at. Both
-- change only with the window_start row locked, and every close moves that start up to the
-- window's start of the moment (now minus the window), so the intervals between it and the
-- window's start at a pick are few. Exact: whole microseconds, added and taken away.
-- Portable between H2 and PostgreSQL 15.
ALTER TABLE qpu_intervals ADD COLUMN counted_micros BIGINT;

UPDATE qpu_intervals SET counted_micros =
    CAST(ROUND((EXTRACT(EPOCH FROM end_at) - EXTRACT(EPOCH FROM start_at)) * 1000000) AS BIGINT)
WHERE end_at IS NOT NULL AND instance_id IS NOT NULL
  AND (job_id IS NULL OR NOT EXISTS (SELECT 1 FROM jobs j WHERE j.id = qpu_intervals.job_id AND j.status = 'Cancelled'));

CREATE TABLE window_start (
    id        INTEGER PRIMARY KEY,
    start_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- from the beginning: the first close moves it up, taking away what lies before the window
INSERT INTO window_start (id, start_at) VALUES (1, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');

CREATE TABLE window_usage (
    instance_id  VARCHAR(100) PRIMARY KEY,
    micros       BIGINT NOT NULL
);

INSERT INTO window_usage (instance_id, micros)
SELECT instance_id, SUM(counted_micros) FROM qpu_intervals WHERE counted_micros IS NOT NULL GROUP BY instance_id;

-- the open intervals (the standings count them up to now), and a job's intervals (its charge, its cancel)
CREATE INDEX qpu_intervals_open ON qpu_intervals (end_at);
CREATE INDEX qpu_intervals_job ON qpu_intervals (job_id);
