package io.qrun.domain.job;

import java.time.Instant;
import java.util.List;

/**
 * The filters of GET /jobs. {@code pending}: null = all, true = Queued and Running, false = the
 * finished ones. {@code limit} outside 1..200 means the default (200). {@code mode}: null = all,
 * {@link #JOB_MODE} = jobs of no session or batch, else a workload mode's label (batch,
 * dedicated).
 */
public record JobQuery(int limit, int offset, Boolean pending, String program, String backend,
                       Instant createdAfter, Instant createdBefore, boolean ascending, List<String> tags,
                       String sessionId, boolean excludeParams, String mode) {

    public static final int DEFAULT_LIMIT = 200;
    public static final String JOB_MODE = "job";

    /** The limit actually applied. */
    public int effectiveLimit() {
        return limit < 1 || limit > DEFAULT_LIMIT ? DEFAULT_LIMIT : limit;
    }

    public int effectiveOffset() {
        return Math.max(0, offset);
    }
}
