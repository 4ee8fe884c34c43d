package io.qrun.api.jobs;

import static io.qrun.application.InputErrors.invalidField;
import static io.qrun.application.InputErrors.missingField;
import static io.qrun.application.InputErrors.unknownField;

import io.qrun.application.jobs.SubmitJob;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the shape of a {@code POST /jobs} body and turns it into a {@link SubmitJob}. Only the
 * envelope is checked here (required fields, types, tag and cost limits); what is inside
 * {@code params} (PUBs, options) is the engine's to validate, through the job service.
 */
public final class SubmitJobRequest {

    static final Set<String> FIELDS = Set.of(
            "program_id", "backend", "params", "session_id", "tags", "cost", "private", "log_level");
    static final Set<String> PROGRAMS = Set.of("sampler", "estimator");
    static final Set<String> LOG_LEVELS = Set.of("critical", "error", "warning", "info", "debug");
    static final int MAX_TAGS = 8;
    static final int MAX_TAG_LENGTH = 86;

    private SubmitJobRequest() {}

    public static SubmitJob parse(Object body) {
        if (!(body instanceof Map<?, ?> raw)) {
            throw invalidField("(body)", "expected a JSON object like "
                    + "{\"program_id\": \"sampler\", \"backend\": \"...\", \"params\": {\"pubs\": [...], \"version\": 2}}.");
        }
        for (Object key : raw.keySet()) {
            if (!FIELDS.contains(key)) {
                throw unknownField(String.valueOf(key), String.join(", ", new java.util.TreeSet<>(FIELDS)));
            }
        }
        String programId = programId(raw.get("program_id"));
        String sessionId = optionalString(raw, "session_id");
        String backend = optionalString(raw, "backend");
        if (backend == null && sessionId == null) {
            throw missingField("backend", "name the backend to run on (see GET /api/v1/backends), or give a session_id.");
        }
        Map<String, Object> params = params(raw.get("params"));
        List<String> tags = tags(raw.get("tags"));
        Long cost = cost(raw.get("cost"));
        boolean privateJob = privateFlag(raw.get("private"));
        String logLevel = logLevel(raw.get("log_level"));
        return new SubmitJob(programId, backend, params, sessionId, tags, cost, privateJob, logLevel);
    }

    private static String programId(Object value) {
        if (value == null) {
            throw missingField("program_id", "use \"sampler\" or \"estimator\".");
        }
        if (!(value instanceof String s) || !PROGRAMS.contains(s)) {
            throw invalidField("program_id", "expected \"sampler\" or \"estimator\", found " + describe(value) + ".");
        }
        return s;
    }

    private static String optionalString(Map<?, ?> raw, String field) {
        Object value = raw.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s) || s.isBlank()) {
            throw invalidField(field, "expected a non-empty string, found " + describe(value) + ".");
        }
        return s;
    }

    private static Map<String, Object> params(Object value) {
        if (value == null) {
            throw missingField("params", "give {\"pubs\": [...], \"version\": 2} (see the primitives documentation).");
        }
        if (!(value instanceof Map<?, ?> raw)) {
            throw invalidField("params", "expected a JSON object, found " + describe(value) + ".");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        raw.forEach((k, v) -> params.put(String.valueOf(k), v));
        if (params.containsKey("version")) {
            Object version = params.get("version");
            boolean two = version instanceof Number n && isIntegral(n) && n.longValue() == 2
                    || "2".equals(version);
            if (!two) {
                throw invalidField("params.version", "only version 2 of the primitives is supported (2 or \"2\"), found "
                        + describe(version) + ".");
            }
            // one spelling downstream: the stored params and the engine see the number
            params.put("version", 2L);
        }
        return params;
    }

    private static List<String> tags(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw invalidField("tags", "expected a list of strings, found " + describe(value) + ".");
        }
        if (list.size() > MAX_TAGS) {
            throw invalidField("tags", "at most " + MAX_TAGS + " tags are allowed, found " + list.size() + ".");
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object tag = list.get(i);
            if (!(tag instanceof String s) || s.isEmpty()) {
                throw invalidField("tags[" + i + "]", "expected a non-empty string, found " + describe(tag) + ".");
            }
            if (s.length() > MAX_TAG_LENGTH) {
                throw invalidField("tags[" + i + "]", "a tag has at most " + MAX_TAG_LENGTH + " characters, found "
                        + s.length() + ".");
            }
            tags.add(s);
        }
        return List.copyOf(tags);
    }

    private static Long cost(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number n) || !isIntegral(n) || n.doubleValue() < 1 || value instanceof BigDecimal) {
            throw invalidField("cost", "expected a positive whole number of seconds (the job's maximum execution time), found "
                    + describe(value) + ".");
        }
        return n.longValue();
    }

    private static boolean privateFlag(Object value) {
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean b)) {
            throw invalidField("private", "expected true or false, found " + describe(value) + ".");
        }
        return b;
    }

    private static String logLevel(Object value) {
        if (value == null) {
            return null;
        }
        String level = value instanceof String s ? s.toLowerCase(Locale.ROOT) : null;
        if (level == null || !LOG_LEVELS.contains(level)) {
            throw invalidField("log_level", "expected one of critical, error, warning, info, debug, found "
                    + describe(value) + ".");
        }
        return level;
    }

    /** Tag lists of {@code PUT /jobs/{id}/tags}: the same limits as at submission. */
    public static List<String> replacementTags(Object body) {
        if (!(body instanceof Map<?, ?> raw)) {
            throw invalidField("(body)", "expected a JSON object like {\"tags\": [\"a\", \"b\"]}.");
        }
        for (Object key : raw.keySet()) {
            if (!"tags".equals(key)) {
                throw unknownField(String.valueOf(key), "tags");
            }
        }
        if (!raw.containsKey("tags") || raw.get("tags") == null) {
            throw missingField("tags", "give the new list of tags, e.g. {\"tags\": [\"experiment-1\"]} ([] removes all).");
        }
        return tags(raw.get("tags"));
    }

    private static boolean isIntegral(Number n) {
        if (n instanceof Double || n instanceof Float) {
            // 10.0 is a whole number too (some clients write every number as a float)
            double d = n.doubleValue();
            return !Double.isInfinite(d) && d == Math.rint(d);
        }
        return true;
    }

    static String describe(Object value) {
        if (value == null) return "null";
        if (value instanceof String s) return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        if (value instanceof Map) return "an object";
        if (value instanceof List) return "a list";
        return String.valueOf(value);
    }
}
