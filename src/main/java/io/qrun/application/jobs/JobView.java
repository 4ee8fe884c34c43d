package io.qrun.application.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the API shows of a job. {@code params} is null for private jobs and when the caller asked
 * to exclude params; {@code usageStatus} is "pending" or "complete".
 */
public record JobView(String id, String backend, String status, String reason, Integer reasonCode,
                      String reasonSolution, String programId, Instant created, Long cost, List<String> tags,
                      String sessionId, String userId, boolean privateJob, Map<String, Object> params,
                      Double qpuChargeTimeSeconds, String usageStatus, Double estimatedRunningTimeSeconds,
                      Instant running, Instant finished, String calibrationId) {
}
