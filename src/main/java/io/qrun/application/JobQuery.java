package io.qrun.application;

import java.time.Instant;
import java.util.List;

/** PLACEHOLDER for svc-jobs' record (brief contract); removed when svc-jobs is merged. */
public record JobQuery(int limit, int offset, Boolean pending, String program, String backend,
        Instant createdAfter, Instant createdBefore, boolean ascending, List<String> tags,
        String sessionId, boolean excludeParams) {}
