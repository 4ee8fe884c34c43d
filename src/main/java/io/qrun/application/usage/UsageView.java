package io.qrun.application.usage;

import java.time.Instant;

/**
 * GET /instances/usage. Seconds throughout; {@code limitSeconds}, {@code allocationSeconds} and
 * {@code remainingSeconds} are null for an instance without a usage limit.
 */
public record UsageView(String instanceId, String planId, double consumedSeconds, Instant periodStart,
                        Instant periodEnd, Double allocationSeconds, Double limitSeconds, Double remainingSeconds,
                        boolean limitReached) {
}
