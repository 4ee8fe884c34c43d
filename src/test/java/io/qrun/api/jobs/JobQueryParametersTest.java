package io.qrun.api.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.application.QrunException;
import io.qrun.application.ErrorCode;
import io.qrun.domain.job.JobQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobQueryParametersTest {

    @Test
    void defaults() {
        JobQuery q = JobQueryParameters.parse(Map.of());
        assertEquals(200, q.limit());
        assertEquals(0, q.offset());
        assertNull(q.pending());
        assertNull(q.program());
        assertNull(q.backend());
        assertNull(q.createdAfter());
        assertNull(q.createdBefore());
        assertFalse(q.ascending());
        assertEquals(List.of(), q.tags());
        assertNull(q.sessionId());
        assertTrue(q.excludeParams());
    }

    @Test
    void everyParameter() {
        JobQuery q = JobQueryParameters.parse(Map.ofEntries(
                Map.entry("limit", List.of("5")), Map.entry("offset", List.of("10")),
                Map.entry("pending", List.of("false")), Map.entry("program", List.of("estimator")),
                Map.entry("backend", List.of("qrun_fast")), Map.entry("created_after", List.of("2026-11-27T10:00:00Z")),
                Map.entry("created_before", List.of("2026-11-28")), Map.entry("sort", List.of("asc")),
                Map.entry("tags", List.of("a", "b")), Map.entry("session_id", List.of("s1")),
                Map.entry("exclude_params", List.of("false"))));
        assertEquals(5, q.limit());
        assertEquals(10, q.offset());
        assertEquals(Boolean.FALSE, q.pending());
        assertEquals("estimator", q.program());
        assertEquals("qrun_fast", q.backend());
        assertEquals(Instant.parse("2026-11-27T10:00:00Z"), q.createdAfter());
        assertEquals(Instant.parse("2026-11-28T00:00:00Z"), q.createdBefore());
        assertTrue(q.ascending());
        assertEquals(List.of("a", "b"), q.tags());
        assertEquals("s1", q.sessionId());
        assertFalse(q.excludeParams());
    }

    @Test
    void limitOutOfRangeMeansDefault() {
        assertEquals(200, JobQueryParameters.parse(Map.of("limit", List.of("0"))).limit());
        assertEquals(200, JobQueryParameters.parse(Map.of("limit", List.of("201"))).limit());
        assertEquals(200, JobQueryParameters.parse(Map.of("limit", List.of("-3"))).limit());
        assertEquals(1, JobQueryParameters.parse(Map.of("limit", List.of("1"))).limit());
        assertEquals(200, JobQueryParameters.parse(Map.of("limit", List.of("200"))).limit());
    }

    @Test
    void badValuesNameTheParameter() {
        assertBad("limit", "ten", "Invalid query parameter 'limit' = 'ten': expected a whole number.");
        assertBad("offset", "-1", "Invalid query parameter 'offset' = '-1': expected a whole number >= 0.");
        assertBad("pending", "maybe", "Invalid query parameter 'pending' = 'maybe': expected true or false.");
        assertBad("sort", "up", "Invalid query parameter 'sort' = 'up': expected ASC or DESC.");
        assertBad("program", "qaoa", "Invalid query parameter 'program' = 'qaoa': expected sampler or estimator.");
        assertBad("exclude_params", "1", "Invalid query parameter 'exclude_params' = '1': expected true or false.");
        QrunException e = assertThrows(QrunException.class,
                () -> JobQueryParameters.parse(Map.of("created_after", List.of("yesterday"))));
        assertEquals("invalid_query_parameter", e.code().code());
        assertTrue(e.getMessage().startsWith("Invalid query parameter 'created_after' = 'yesterday'"));
    }

    private static void assertBad(String name, String value, String message) {
        QrunException e = assertThrows(QrunException.class, () -> JobQueryParameters.parse(Map.of(name, List.of(value))));
        assertEquals(io.qrun.application.ErrorKind.INVALID, e.kind());
        assertEquals(message, e.getMessage());
    }
}
