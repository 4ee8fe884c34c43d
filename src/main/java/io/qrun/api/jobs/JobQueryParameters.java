package io.qrun.api.jobs;

import static io.qrun.application.InputErrors.invalidQueryParameter;

import io.qrun.api.json.Timestamps;
import io.qrun.application.jobs.SubmissionRules;
import io.qrun.domain.job.JobQuery;
import io.qrun.domain.workload.WorkloadMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The query parameters of {@code GET /jobs}, taken as strings and parsed here so that a bad value
 * is a 400 naming the parameter (a JAX-RS conversion failure would be a bare 404).
 */
public final class JobQueryParameters {

    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 200;

    static final String LIMIT = "limit";
    static final String OFFSET = "offset";
    static final String PENDING = "pending";
    static final String PROGRAM = "program";
    static final String BACKEND = "backend";
    static final String CREATED_AFTER = "created_after";
    static final String CREATED_BEFORE = "created_before";
    static final String SORT = "sort";
    static final String TAGS = "tags";
    static final String SESSION_ID = "session_id";
    static final String EXCLUDE_PARAMS = "exclude_params";
    static final String MODE = "mode";
    static final List<String> MODES = List.of(JobQuery.JOB_MODE, WorkloadMode.BATCH.label(), WorkloadMode.DEDICATED.label());

    /**
     * Every parameter {@link #parse} reads: JobsResource takes them from UriInfo, so no
     * {@code @QueryParam} names them, and OpenApiIT compares the API description with this list.
     */
    public static final List<String> NAMES = List.of(LIMIT, OFFSET, PENDING, PROGRAM, BACKEND, CREATED_AFTER,
            CREATED_BEFORE, SORT, TAGS, SESSION_ID, EXCLUDE_PARAMS, MODE);

    private JobQueryParameters() {}

    /** @param query every query parameter with all its values, as JAX-RS's UriInfo gives them */
    public static JobQuery parse(Map<String, List<String>> query) {
        int limit = limit(single(query, LIMIT));
        int offset = offset(single(query, OFFSET));
        Boolean pending = bool(query, PENDING, null);
        String program = text(query, PROGRAM);
        if (program != null && !SubmissionRules.PROGRAMS.contains(program)) {
            throw invalidQueryParameter(PROGRAM, program, "sampler or estimator");
        }
        String backend = text(query, BACKEND);
        Instant after = instant(query, CREATED_AFTER);
        Instant before = instant(query, CREATED_BEFORE);
        boolean ascending = ascending(single(query, SORT));
        List<String> tags = new ArrayList<>();
        for (String tag : query.getOrDefault(TAGS, List.of())) {
            if (tag != null && !tag.isEmpty()) {
                tags.add(tag);
            }
        }
        String sessionId = text(query, SESSION_ID);
        boolean excludeParams = bool(query, EXCLUDE_PARAMS, Boolean.TRUE);
        String mode = single(query, MODE);
        if (mode != null && !MODES.contains(mode)) {
            throw invalidQueryParameter(MODE, mode, "job (no session or batch), batch or dedicated");
        }
        return new JobQuery(limit, offset, pending, program, backend, after, before, ascending,
                List.copyOf(tags), sessionId, excludeParams, mode);
    }

    private static String single(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw invalidQueryParameter(name, String.join("', '", values), "a single value");
        }
        String v = values.get(0);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String text(Map<String, List<String>> query, String name) {
        return single(query, name);
    }

    /** Out of 1..200 means the default, as in the service this API mirrors; not a number is an error. */
    public static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        long n = integer(LIMIT, value);
        return n < 1 || n > MAX_LIMIT ? DEFAULT_LIMIT : (int) n;
    }

    public static int offset(String value) {
        if (value == null) {
            return 0;
        }
        long n = integer(OFFSET, value);
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw invalidQueryParameter(OFFSET, value, "a whole number >= 0");
        }
        return (int) n;
    }

    private static long integer(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalidQueryParameter(name, value, "a whole number");
        }
    }

    private static Boolean bool(Map<String, List<String>> query, String name, Boolean absent) {
        String value = single(query, name);
        if (value == null) {
            return absent;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            default:
                throw invalidQueryParameter(name, value, "true or false");
        }
    }

    private static Instant instant(Map<String, List<String>> query, String name) {
        String value = single(query, name);
        if (value == null) {
            return null;
        }
        try {
            return Timestamps.parse(value);
        } catch (DateTimeException e) {
            throw invalidQueryParameter(name, value, "an ISO-8601 timestamp such as 2026-01-31T12:00:00Z or a date such as 2026-01-31");
        }
    }

    private static boolean ascending(String value) {
        if (value == null) {
            return false;
        }
        switch (value.toUpperCase(Locale.ROOT)) {
            case "ASC":
                return true;
            case "DESC":
                return false;
            default:
                throw invalidQueryParameter(SORT, value, "ASC or DESC");
        }
    }
}
