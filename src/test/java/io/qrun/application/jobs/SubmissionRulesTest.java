package io.qrun.application.jobs;

import io.qrun.domain.instance.UsagePeriod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.qrun.application.QrunException;
import io.qrun.application.ErrorCode;
import io.qrun.domain.job.LogLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionRulesTest {

    @Test
    void tagsKeepOrderAndDropDuplicates() {
        assertEquals(List.of("b", "a"), SubmissionRules.tags(List.of("b", "a", "b")));
        assertEquals(List.of(), SubmissionRules.tags(null));
    }

    @Test
    void atMostEightTagsOfAtMost86Characters() {
        List<String> eight = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            eight.add("t" + i);
        }
        assertEquals(8, SubmissionRules.tags(eight).size());
        eight.add("t8");
        QrunException tooMany = assertThrows(QrunException.class, () -> SubmissionRules.tags(eight));
        assertEquals(io.qrun.application.ErrorKind.INVALID, tooMany.kind());
        assertEquals("invalid_tags", tooMany.code().code());
        assertEquals("tags has 9 entries: a job may carry at most 8 tags; remove 1.", tooMany.getMessage());

        assertEquals(1, SubmissionRules.tags(List.of("x".repeat(86))).size());
        QrunException tooLong = assertThrows(QrunException.class, () -> SubmissionRules.tags(List.of("ok", "x".repeat(87))));
        assertEquals("tags[1] has 87 characters: a tag may have at most 86; shorten it.", tooLong.getMessage());
        assertThrows(QrunException.class, () -> SubmissionRules.tags(Arrays.asList("a", null)));
        QrunException blank = assertThrows(QrunException.class, () -> SubmissionRules.tags(List.of("a", " ")));
        assertEquals(ErrorCode.INVALID_TAGS, blank.code());
        assertEquals("tags[1] is blank: every tag must be a non-blank string of at most 86 characters.", blank.getMessage());
    }

    @Test
    void costMustBePositiveAndIsCappedByTheOperator() {
        assertNull(SubmissionRules.cost(null));
        assertEquals(60L, SubmissionRules.cost(60L));
        QrunException e = assertThrows(QrunException.class, () -> SubmissionRules.cost(0L));
        assertEquals("invalid_cost", e.code().code());
        assertEquals("cost is 0: it is the job's maximum execution time in seconds and must be at least 1.", e.getMessage());
        assertEquals(10800L, SubmissionRules.maxExecutionSeconds(null, 10800L));
        assertEquals(60L, SubmissionRules.maxExecutionSeconds(60L, 10800L));
        assertEquals(10800L, SubmissionRules.maxExecutionSeconds(99999L, 10800L));
    }

    private static SubmitJob job(String program, String backend, Map<String, Object> params, String session) {
        return new SubmitJob(program, backend, params, session, null, null, false, null);
    }

    private static QrunException broken(SubmitJob cmd) {
        return assertThrows(QrunException.class, () -> SubmissionRules.check(cmd));
    }

    @Test
    void programIdMustBeSamplerOrEstimator() {
        Map<String, Object> params = Map.of("pubs", List.of());
        QrunException missing = broken(job(null, "b", params, null));
        assertEquals(ErrorCode.INVALID_PROGRAM_ID, missing.code());
        assertEquals("program_id is missing: use \"sampler\" or \"estimator\".", missing.getMessage());
        QrunException other = broken(job("qaoa", "b", params, null));
        assertEquals(ErrorCode.INVALID_PROGRAM_ID, other.code());
        assertEquals("program_id is \"qaoa\": use \"sampler\" or \"estimator\".", other.getMessage());
    }

    @Test
    void aBackendIsRequiredUnlessASessionIsNamed() {
        Map<String, Object> params = Map.of("pubs", List.of());
        QrunException missing = broken(job("sampler", null, params, null));
        assertEquals(ErrorCode.BACKEND_REQUIRED, missing.code());
        assertEquals("backend is missing: name the backend to run on (GET /api/v1/backends lists them), or give a"
                + " session_id.", missing.getMessage());
        assertEquals("backend is blank: name the backend to run on (GET /api/v1/backends lists them), or give a"
                + " session_id.", broken(job("sampler", " ", params, null)).getMessage());
        assertEquals(LogLevel.INFO, SubmissionRules.check(job("sampler", null, params, "s1")).logLevel());
    }

    @Test
    void paramsMustBePresent() {
        QrunException e = broken(job("estimator", "b", null, null));
        assertEquals(ErrorCode.MISSING_FIELD, e.code());
        assertEquals("Missing required field 'params': give {\"pubs\": [...], \"version\": 2}"
                + " (docs/primitives-engine.md describes the PUBs).", e.getMessage());
    }

    @Test
    void checkReturnsTheFieldsToStore() {
        SubmissionRules.Checked c = SubmissionRules.check(new SubmitJob("sampler", "b", Map.of(), null,
                List.of("x", "x", "y"), 60L, false, "DEBUG"));
        assertEquals(List.of("x", "y"), c.tags());
        assertEquals(60L, c.cost());
        assertEquals(LogLevel.DEBUG, c.logLevel());
    }

    @Test
    void logLevels() {
        assertEquals(LogLevel.INFO, SubmissionRules.logLevel(null));
        assertEquals(LogLevel.WARNING, SubmissionRules.logLevel("warning"));
        QrunException e = assertThrows(QrunException.class, () -> SubmissionRules.logLevel("loud"));
        assertEquals("invalid_log_level", e.code().code());
        assertEquals("log_level is \"loud\": use one of critical, error, warning, info, debug.", e.getMessage());
    }

    @Test
    void usagePeriodIsTheCalendarMonthFromTheAnchor() {
        Instant anchor = Instant.parse("2026-01-31T12:00:00Z");
        UsagePeriod p = UsagePeriod.containing(anchor, Instant.parse("2026-03-15T00:00:00Z"));
        // Jan 31 + 1 month = Feb 28; + 2 months = Mar 31 (java.time clamps to the month's end)
        assertEquals(Instant.parse("2026-02-28T12:00:00Z"), p.start());
        assertEquals(Instant.parse("2026-03-31T12:00:00Z"), p.end());

        UsagePeriod first = UsagePeriod.containing(anchor, Instant.parse("2026-02-01T00:00:00Z"));
        assertEquals(anchor, first.start());
        assertEquals(Instant.parse("2026-02-28T12:00:00Z"), first.end());

        Instant a2 = Instant.parse("2026-11-27T10:00:00Z");
        UsagePeriod same = UsagePeriod.containing(a2, Instant.parse("2026-11-27T10:00:01Z"));
        assertEquals(a2, same.start());
        assertEquals(Instant.parse("2026-12-27T10:00:00Z"), same.end());
        UsagePeriod later = UsagePeriod.containing(a2, Instant.parse("2027-01-27T09:59:59Z"));
        assertEquals(Instant.parse("2026-12-27T10:00:00Z"), later.start());
        assertEquals(Instant.parse("2027-01-27T10:00:00Z"), later.end());
    }
}
