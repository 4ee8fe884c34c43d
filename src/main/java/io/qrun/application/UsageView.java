package io.qrun.application;

import java.time.Instant;

/** PLACEHOLDER for svc-jobs' record (brief contract); removed when svc-jobs is merged. */
public record UsageView(String instanceId, String planId, double consumedSeconds, Instant periodStart,
        Instant periodEnd, Double allocationSeconds, Double limitSeconds, Double remainingSeconds,
        boolean limitReached) {}
