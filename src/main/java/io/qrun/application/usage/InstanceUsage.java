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

    public boolean limited() {
        return limitSeconds != null;
    }

    /** Seconds left in the period; +infinity without a limit, never below 0. */
    public double remainingSeconds() {
        return limitSeconds == null ? Double.POSITIVE_INFINITY : Math.max(0.0, limitSeconds - consumedSeconds);
    }

    public boolean limitReached() {
        return limitSeconds != null && consumedSeconds >= limitSeconds;
    }
}
