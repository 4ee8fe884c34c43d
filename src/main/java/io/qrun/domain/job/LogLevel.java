package io.qrun.domain.job;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The {@code log_level} values of a submission, most severe first (Python logging's names). */
public enum LogLevel {
    CRITICAL, ERROR, WARNING, INFO, DEBUG;

    /** The level of a job that names none: INFO, so that a user sees the job's milestones. */
    public static final LogLevel DEFAULT = INFO;

    public static Optional<LogLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(l -> l.name().equals(text.toUpperCase(Locale.ROOT))).findFirst();
    }

    /** True when a message at {@code level} belongs in the log of a job at this threshold. */
    public boolean admits(LogLevel level) {
        return level.ordinal() <= this.ordinal();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
