package io.qrun.application.jobs;

import io.qrun.application.QrunException;
import io.qrun.application.ErrorCode;
import io.qrun.domain.job.LogLevel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The checks on a submission's own fields (not the primitive params, which the engine checks):
 * tags, cost and log level. Each failure is a 400 whose message names the field and the fix.
 *
 * <p>Error codes: {@code invalid_tags}, {@code invalid_cost}, {@code invalid_log_level}.
 */
public final class SubmissionRules {

    public static final int MAX_TAGS = 8;
    public static final int MAX_TAG_LENGTH = 86;

    private SubmissionRules() {
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
                        "tags[" + i + "] is empty: every tag must be a non-empty string of at most " + MAX_TAG_LENGTH
                                + " characters.");
            }
            if (tag.length() > MAX_TAG_LENGTH) {
                throw new QrunException(ErrorCode.INVALID_TAGS, "tags[" + i + "] has " + tag.length()
                        + " characters: a tag may have at most " + MAX_TAG_LENGTH + ".");
            }
            unique.add(tag);
        }
        if (unique.size() > MAX_TAGS) {
            throw new QrunException(ErrorCode.INVALID_TAGS,
                    "tags has " + unique.size() + " entries: a job may carry at most " + MAX_TAGS + " tags.");
        }
        return new ArrayList<>(unique);
    }

    /** The cost as given (null = the operator's cap); it must be a positive number of seconds. */
    public static Long cost(Long cost) {
        if (cost != null && cost <= 0) {
            throw new QrunException(ErrorCode.INVALID_COST, "cost is " + cost
                    + ": it is the job's maximum execution time in seconds and must be at least 1.");
        }
        return cost;
    }

    /** The maximum execution time that applies: min(cost, cap), the cap when no cost was given. */
    public static long maxExecutionSeconds(Long cost, long cap) {
        return cost == null ? cap : Math.min(cost, cap);
    }

    public static LogLevel logLevel(String text) {
        if (text == null) {
            return LogLevel.DEFAULT;
        }
        return LogLevel.parse(text).orElseThrow(() -> new QrunException(ErrorCode.INVALID_LOG_LEVEL,
                "log_level is \"" + text + "\": use one of critical, error, warning, info, debug."));
    }
}
