package io.qrun.application.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * GET /jobs/{id}/metrics. {@code queuePosition} (1 = next) and {@code estimatedStartTime} only
 * for a queued job; {@code executionSpans} once the job has executed (each span: "start", "stop",
 * "pub_indices").
 */
public record JobMetrics(Instant created, Instant running, Instant finished, Double qpuChargeTimeSeconds,
                         String usageStatus, Integer queuePosition, Instant estimatedStartTime,
                         List<Map<String, Object>> executionSpans) {
}
