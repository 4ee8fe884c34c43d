package io.qrun.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void formatsUtcWithZAndMilliseconds() {
        assertEquals("2026-11-27T13:00:00Z", Timestamps.format(Instant.parse("2026-11-27T13:00:00Z")));
        assertEquals("2026-11-27T13:00:00.500Z", Timestamps.format(Instant.parse("2026-11-27T13:00:00.5009Z")));
    }

    @Test
    void parsesInstantOffsetAndDate() {
        assertEquals(Instant.parse("2026-11-27T12:00:00Z"), Timestamps.parse("2026-11-27T12:00:00Z"));
        assertEquals(Instant.parse("2026-11-27T12:00:00Z"), Timestamps.parse("2026-11-27T13:00:00+01:00"));
        assertEquals(Instant.parse("2026-11-27T00:00:00Z"), Timestamps.parse("2026-11-27"));
    }

    @Test
    void aTimeWithoutOffsetIsUtcAsPythonsNaiveIsoformatMeansIt() {
        assertEquals(Instant.parse("2026-11-27T13:00:00.250Z"), Timestamps.parse("2026-11-27T13:00:00.250000"));
        assertThrows(DateTimeException.class, () -> Timestamps.parse("2026-11-27T25:00:00"));
    }

    @Test
    void rejectsGarbage() {
        assertThrows(DateTimeException.class, () -> Timestamps.parse("yesterday"));
    }
}
