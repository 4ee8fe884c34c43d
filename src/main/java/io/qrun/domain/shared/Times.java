package io.qrun.domain.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The service's clock, at the database's precision (microseconds) so stored and returned times agree. */
public final class Times {
    private Times() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static double secondsBetween(Instant from, Instant to) {
        return Math.max(0.0, (to.toEpochMilli() - from.toEpochMilli()) / 1000.0
                + ((to.getNano() % 1_000_000) - (from.getNano() % 1_000_000)) / 1e9);
    }
}
