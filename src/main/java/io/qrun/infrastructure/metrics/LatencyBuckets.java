package io.qrun.infrastructure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Tags;

/**
 * The histogram buckets that WildFly 39.0.1 does not let a deployment's timer publish
 * (DeploymentMeters says why), as cumulative counters beside the timer:
 * {@code <name>_buckets_total{le="<seconds>"}} counts the recordings of at most that many seconds,
 * {@code le="+Inf"} all of them (it equals the timer's {@code _count}). Prometheus'
 * {@code histogram_quantile} reads them as it reads a histogram's buckets, e.g.
 * {@code histogram_quantile(0.95, sum by (le) (rate(qrun_job_queue_wait_seconds_buckets_total[5m])))}.
 * Every bucket of a label set is registered at its first recording, so none is missing. Not
 * {@code _bucket}: the Prometheus client reserves that suffix and renames a counter ending in it.
 */
final class LatencyBuckets {

    /** Upper bounds in seconds: from a trivial job's queue wait to a long QPU job's run time. */
    static final double[] BOUNDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300,
        600, 1800, 3600, 10800};

    private LatencyBuckets() {
    }

    static void record(DeploymentMeters meters, String name, Tags tags, double seconds) {
        for (double bound : BOUNDS) {
            Counter c = meters.counter(name, tags.and("le", label(bound))).orElse(null);
            if (c == null) {
                return;
            }
            if (seconds <= bound) {
                c.increment();
            }
        }
        meters.counter(name, tags.and("le", "+Inf")).ifPresent(Counter::increment);
    }

    static String label(double bound) {
        return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
    }
}
