package io.qrun.api.jobs;

import static io.qrun.application.InputErrors.invalidQueryParameter;

import io.qrun.api.json.Timestamps;
import io.qrun.application.jobs.SubmissionRules;
import io.qrun.domain.job.JobQuery;
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

    private JobQueryParameters() {}

    /** @param query every query parameter with all its values, as JAX-RS's UriInfo gives them */
    public static JobQuery parse(Map<String, List<String>> query) {
        int limit = limit(single(query, "limit"));
        int offset = offset(single(query, "offset"));
        Boolean pending = bool(query, "pending", null);
        String program = text(query, "program");
        if (program != null && !SubmissionRules.PROGRAMS.contains(program)) {
            throw invalidQueryParameter("program", program, "sampler or estimator");
        }
        String backend = text(query, "backend");
        Instant after = instant(query, "created_after");
        Instant before = instant(query, "created_before");
        boolean ascending = ascending(single(query, "sort"));
        List<String> tags = new ArrayList<>();
        for (String tag : query.getOrDefault("tags", List.of())) {
            if (tag != null && !tag.isEmpty()) {
                tags.add(tag);
            }
        }
        String sessionId = text(query, "session_id");
        boolean excludeParams = bool(query, "exclude_params", Boolean.TRUE);
        return new JobQuery(limit, offset, pending, program, backend, after, before, ascending,
                List.copyOf(tags), sessionId, excludeParams);
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
        long n = integer("limit", value);
        return n < 1 || n > MAX_LIMIT ? DEFAULT_LIMIT : (int) n;
    }

    public static int offset(String value) {
        if (value == null) {
            return 0;
        }
        long n = integer("offset", value);
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw invalidQueryParameter("offset", value, "a whole number >= 0");
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
                throw invalidQueryParameter("sort", value, "ASC or DESC");
        }
    }
}
