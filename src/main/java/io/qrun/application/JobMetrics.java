package io.qrun.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** PLACEHOLDER for svc-jobs' record (brief contract); removed when svc-jobs is merged. */
public record JobMetrics(Instant created, Instant running, Instant finished, Double qpuChargeTimeSeconds,
        String usageStatus, Integer queuePosition, Instant estimatedStartTime,
        List<Map<String, Object>> executionSpans) {}
