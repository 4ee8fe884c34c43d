package io.qrun.application.usage;

import io.qrun.domain.instance.UsagePeriod;

/**
 * An instance's usage in its current period against its limit: the one computation behind
 * GET /instances/usage, the refusal of submissions, the stop of a running job at the limit and
 * the queue's exclusion of instances at their limit.
 *
 * @param limitSeconds null for an instance without a usage limit
 */
public record InstanceUsage(String instanceId, UsagePeriod period, double consumedSeconds, Long limitSeconds) {

    /** The database's time precision. */
    static final double PRECISION_SECONDS = 1e-6;

    public boolean limited() {
        return limitSeconds != null;
    }

    /** Seconds left in the period; +infinity without a limit, never below 0. */
    public double remainingSeconds() {
        return limitSeconds == null ? Double.POSITIVE_INFINITY
                : limitReached() ? 0.0 : Math.max(0.0, limitSeconds - consumedSeconds);
    }

    public boolean limitReached() {
        // times are stored to the microsecond: a limit used up to its last microsecond is reached
        return limitSeconds != null && consumedSeconds >= limitSeconds - PRECISION_SECONDS;
    }
}
