package io.qrun.api.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.qrun.application.json.JsonTrees;
import io.qrun.application.jobs.JobMetrics;
import io.qrun.application.jobs.JobPage;
import io.qrun.application.jobs.JobView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobJsonTest {

    private static final Instant CREATED = Instant.parse("2026-11-27T13:00:00.250Z");
    private static final Instant RUNNING = Instant.parse("2026-11-27T13:00:01Z");
    private static final Instant FINISHED = Instant.parse("2026-11-27T13:00:02.5Z");

    private static JobView job(boolean privateJob) {
        return new JobView("j1", "qrun_fast", "Completed", null, null, null, "sampler", CREATED, 600L,
                List.of("t1"), null, "u1", privateJob, Map.of("version", 2L), 1.5, "complete", 0.75, RUNNING, FINISHED, null);
    }

    @Test
    void jobObjectHasTheExactFieldNamesAndValues() {
        assertEquals("{\"id\":\"j1\",\"backend\":\"qrun_fast\",\"status\":\"Completed\","
                + "\"state\":{\"status\":\"Completed\",\"reason\":null,\"reason_code\":null,\"reason_solution\":null},"
                + "\"program\":{\"id\":\"sampler\"},\"created\":\"2026-11-27T13:00:00.250Z\","
                + "\"running\":\"2026-11-27T13:00:01Z\",\"ended\":\"2026-11-27T13:00:02.500Z\",\"cost\":600,"
                + "\"tags\":[\"t1\"],\"session_id\":null,\"user_id\":\"u1\",\"private\":false,\"params\":{\"version\":2},"
                + "\"usage\":{\"qpu_charge_time_seconds\":1.5,\"status\":\"complete\"},"
                + "\"estimated_running_time_seconds\":0.75}",
                JsonTrees.write(JobJson.job(job(false), true)));
    }

    @Test
    void aJobPinnedToACalibrationShowsItsCalibrationId() {
        JobView j = new JobView("j3", "qrun_fast", "Queued", null, null, null, "sampler", CREATED, 600L, List.of(),
                null, "u1", false, null, null, "pending", 0.75, null, null, "c-0123456789abcdefghij");
        Map<String, Object> json = JobJson.job(j, false);
        assertEquals("c-0123456789abcdefghij", json.get("calibration_id"));
        assertEquals(false, JobJson.job(job(false), false).containsKey("calibration_id"));
    }

    @Test
    void aJobThatRanTooLongIsCancelledInTheStateTheQiskitClientReads() {
        JobView j = new JobView("j2", "qrun_fast", "Cancelled - Ran too long", "The job ran longer than its maximum execution time of 2 s",
                1305, "Submit fewer shots", "sampler", CREATED, 2L, List.of(), null, "u1", false, null, 2.0, "complete",
                0.75, RUNNING, FINISHED, null);
        Map<String, Object> json = JobJson.job(j, false);
        assertEquals("Cancelled - Ran too long", json.get("status"));
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) json.get("state");
        assertEquals("Cancelled", state.get("status"));
        assertEquals(1305, state.get("reason_code"));
        assertEquals("The job ran longer than its maximum execution time of 2 s", state.get("reason"));
    }

    @Test
    void paramsAreHiddenWhenExcludedOrPrivate() {
        assertFalse(JobJson.job(job(false), false).containsKey("params"));
        assertFalse(JobJson.job(job(true), true).containsKey("params"));
    }

    @Test
    void pageCarriesTheTotalCount() {
        Map<String, Object> page = JobJson.page(new JobPage(List.of(job(false)), 42, 10, 1), false);
        assertEquals(42L, page.get("count"));
        assertEquals(10, page.get("offset"));
        assertEquals(1, page.get("limit"));
        assertEquals(1, ((List<?>) page.get("jobs")).size());
    }

    @Test
    void metricsOmitOptionalFieldsThatDoNotApply() {
        JobMetrics done = new JobMetrics(CREATED, RUNNING, FINISHED, 1.5, "complete", null, null,
                List.of(Map.of("start", "2026-11-27T13:00:01Z")));
        assertEquals("{\"timestamps\":{\"created\":\"2026-11-27T13:00:00.250Z\",\"running\":\"2026-11-27T13:00:01Z\","
                + "\"finished\":\"2026-11-27T13:00:02.500Z\"},\"usage\":{\"qpu_charge_time_seconds\":1.5,\"status\":\"complete\"},"
                + "\"execution_spans\":[{\"start\":\"2026-11-27T13:00:01Z\"}]}",
                JsonTrees.write(JobJson.metrics(done)));
        JobMetrics queued = new JobMetrics(CREATED, null, null, null, "pending", 3, FINISHED, null);
        assertEquals("{\"timestamps\":{\"created\":\"2026-11-27T13:00:00.250Z\",\"running\":null,\"finished\":null},"
                + "\"usage\":{\"qpu_charge_time_seconds\":null,\"status\":\"pending\"},\"queue_position\":3,"
                + "\"estimated_start_time\":\"2026-11-27T13:00:02.500Z\"}",
                JsonTrees.write(JobJson.metrics(queued)));
    }
}
