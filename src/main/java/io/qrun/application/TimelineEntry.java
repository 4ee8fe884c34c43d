package io.qrun.application;

import java.time.Instant;

/** PLACEHOLDER for svc-jobs' record (brief contract); removed when svc-jobs is merged. */
public record TimelineEntry(Instant start, Instant end, String kind, String jobId, String sessionId,
        String mode, String instance) {}
