package io.qrun.domain.queue;

/**
 * An instance's position in the fair-share race: its QPU usage over the rolling window (seconds,
 * cancelled jobs excluded), its allocation share, and whether it is at its usage limit.
 */
public record InstanceStanding(String instanceId, double windowUsageSeconds, double share, boolean limitReached) {

    /**
     * Usage per unit of share: the smaller, the more the instance is owed. An instance with no
     * share (0 or less) is owed nothing: it runs only when nobody else waits.
     */
    public double usagePerShare() {
        if (share <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return windowUsageSeconds / share;
    }
}
