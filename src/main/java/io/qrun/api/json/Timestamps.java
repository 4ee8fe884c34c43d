package io.qrun.api.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The API's one timestamp format: UTC ISO-8601 with {@code Z}, millisecond precision (what
 * JavaScript and Python clients parse without surprises).
 */
public final class Timestamps {

    private Timestamps() {}

    public static String format(Instant t) {
        return t == null ? null : DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Parses a timestamp given by a client: {@code 2026-11-27T13:00:00Z}, with an offset
     * ({@code +01:00}), without one ({@code 2026-11-27T13:00:00}, UTC: what Python's
     * {@code datetime.isoformat()} writes for a naive time), or a bare date ({@code 2026-11-27},
     * meaning its start in UTC).
     *
     * @throws DateTimeException when the text is none of these
     */
    public static Instant parse(String text) {
        String s = text.trim();
        try {
            return Instant.parse(s);
        } catch (DateTimeException notInstant) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeException notOffset) {
                return s.contains("T") ? LocalDateTime.parse(s).toInstant(ZoneOffset.UTC)
                        : LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        }
    }
}
