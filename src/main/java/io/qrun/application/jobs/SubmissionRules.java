package io.qrun.application.jobs;

import io.qrun.application.ErrorCode;
import io.qrun.application.InputErrors;
import io.qrun.application.QrunException;
import io.qrun.domain.job.LogLevel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one set of rules on a submission's own fields (what is inside {@code params} is the engine's
 * to check): program id, backend (required unless a session is named), params present, tags, cost
 * and log level. The REST layer only reads the JSON types; every rule on what a value means is
 * here, each failure a 400 with its documented code and a message that names the field and the fix.
 *
 * <p>Error codes: {@code invalid_program_id}, {@code backend_required}, {@code missing_field}
 * (params), {@code invalid_tags}, {@code invalid_cost}, {@code invalid_log_level}.
 */
public final class SubmissionRules {

    public static final Set<String> PROGRAMS = Set.of("sampler", "estimator");
    public static final int MAX_TAGS = 8;
    public static final int MAX_TAG_LENGTH = 86;

    private SubmissionRules() {
    }

    /** The submission's own fields as they will be stored. */
    public record Checked(List<String> tags, Long cost, LogLevel logLevel) {
    }

    /** Checks every rule; the first one broken is the answer. */
    public static Checked check(SubmitJob cmd) {
        programId(cmd.programId());
        backend(cmd.backend(), cmd.sessionId());
        if (cmd.params() == null) {
            throw InputErrors.missingField("params",
                    "give {\"pubs\": [...], \"version\": 2} (docs/primitives-engine.md describes the PUBs).");
        }
        return new Checked(tags(cmd.tags()), cost(cmd.cost()), logLevel(cmd.logLevel()));
    }

    public static String programId(String programId) {
        if (programId == null || !PROGRAMS.contains(programId)) {
            throw new QrunException(ErrorCode.INVALID_PROGRAM_ID, "program_id is "
                    + (programId == null ? "missing" : "\"" + programId + "\"") + ": use \"sampler\" or \"estimator\".");
        }
        return programId;
    }

    /** A backend must be named unless the job goes to a session (which has its own backend). */
    public static void backend(String backend, String sessionId) {
        if (sessionId == null && (backend == null || backend.isBlank())) {
            throw new QrunException(ErrorCode.BACKEND_REQUIRED, "backend is "
                    + (backend == null ? "missing" : "blank") + ": name the backend to run on (GET /api/v1/backends"
                    + " lists them), or give a session_id.");
        }
    }

    /** The tags to store: in order, duplicates removed. */
    public static List<String> tags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag == null || tag.isBlank()) {
                throw new QrunException(ErrorCode.INVALID_TAGS,
                        "tags[" + i + "] is blank: every tag must be a non-blank string of at most " + MAX_TAG_LENGTH
                                + " characters.");
            }
            if (tag.length() > MAX_TAG_LENGTH) {
                throw new QrunException(ErrorCode.INVALID_TAGS, "tags[" + i + "] has " + tag.length()
                        + " characters: a tag may have at most " + MAX_TAG_LENGTH + "; shorten it.");
            }
            unique.add(tag);
        }
        if (unique.size() > MAX_TAGS) {
            throw new QrunException(ErrorCode.INVALID_TAGS,
                    "tags has " + unique.size() + " entries: a job may carry at most " + MAX_TAGS + " tags; remove "
                            + (unique.size() - MAX_TAGS) + ".");
        }
        return new ArrayList<>(unique);
    }

    /** The cost as given (null = the operator's cap); it must be a positive number of seconds. */
    public static Long cost(Long cost) {
        if (cost != null && cost < 1) {
            throw new QrunException(ErrorCode.INVALID_COST, "cost is " + cost
                    + ": it is the job's maximum execution time in seconds and must be at least 1.");
        }
        return cost;
    }

    /** The maximum execution time that applies: min(cost, cap), the cap when no cost was given. */
    public static long maxExecutionSeconds(Long cost, long cap) {
        return cost == null ? cap : Math.min(cost, cap);
    }

    /** The level, in any case ("WARNING" is warning); none means {@link LogLevel#DEFAULT}. */
    public static LogLevel logLevel(String text) {
        if (text == null) {
            return LogLevel.DEFAULT;
        }
        return LogLevel.parse(text).orElseThrow(() -> new QrunException(ErrorCode.INVALID_LOG_LEVEL,
                "log_level is \"" + text + "\": use one of critical, error, warning, info, debug."));
    }
}
