package io.qrun.application.backends;

import java.time.Instant;

/**
 * One QPU occupancy interval of GET /backends/{name}/timeline. {@code end} is null while open;
 * kind is job|calibration|session_idle. Another instance's interval has null ids.
 */
public record TimelineEntry(Instant start, Instant end, String kind, String jobId, String sessionId, String mode,
                            String instance) {
}
