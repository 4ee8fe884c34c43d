package io.qrun.it.api;

import static io.qrun.it.api.ApiClient.expect;
import static io.qrun.it.api.Jobs.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.api.json.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One job's life over the API: the job object's fields, metrics, logs, tags, private jobs,
 * cancel and delete with their 409s, and another instance's jobs being invisible (404).
 */
class JobLifecycleIT extends ApiITBase {

    static final String FAST = "it_fast";
    static final String SLOW = "it_slow";
    static final Duration DEADLINE = Duration.ofSeconds(60);

    private static ApiClient user;
    private static ApiClient other;

    @BeforeEach
    void tenants() {
        if (user == null) {
            user = operator().newTenant("premium", null);
            other = operator().newTenant("premium", null);
        }
    }

    @AfterEach
    void resumeSlow() {
        operator().post("admin/backends/" + SLOW + "/resume", "");
    }

    private String completedBell(Map<String, Object> extra) {
        Map<String, Object> body = Jobs.sampler(FAST, Jobs.BELL_QASM3, 100, 5);
        for (Map.Entry<String, Object> e : extra.entrySet()) {
            body = Jobs.with(body, e.getKey(), e.getValue());
        }
        String id = user.submit(body);
        assertCompleted(user.awaitFinal(id, DEADLINE));
        return id;
    }

    /** A job that stays Queued: its backend is paused by the operator. */
    private String queuedOnPausedSlow() {
        expect(200, operator().post("admin/backends/" + SLOW + "/pause", Map.of("reason", "IT holds the queue")));
        return user.submit(Jobs.sampler(SLOW, Jobs.BELL_QASM3, 10, 1));
    }

    @Test
    void submitAnswersIdAndBackend() {
        ApiClient.Reply r = expect(200, user.post("jobs", Jobs.sampler(FAST, Jobs.BELL_QASM3, 10, 1)));
        assertEquals(FAST, r.map().get("backend"));
        assertTrue(((String) r.map().get("id")).length() > 0);
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    }

    @Test
    void jobObjectHasTheDocumentedFields() {
        Instant before = Instant.now().minusSeconds(5);
        String id = completedBell(Map.of("tags", List.of("lifecycle", "bell"), "cost", 600, "log_level", "info"));
        Map<String, Object> job = expect(200, user.get("jobs/" + id)).map();
        assertEquals(id, job.get("id"));
        assertEquals(FAST, job.get("backend"));
        assertEquals("Completed", job.get("status"));
        assertEquals("Completed", at(job, "state", "status"));
        assertTrue(((Map<?, ?>) job.get("state")).keySet().containsAll(List.of("reason", "reason_code", "reason_solution")));
        assertEquals("sampler", at(job, "program", "id"));
        String created = (String) job.get("created");
        assertTrue(created.endsWith("Z"), created);
        Instant createdAt = Timestamps.parse(created);
        assertTrue(!createdAt.isBefore(before) && !createdAt.isAfter(Instant.now().plusSeconds(5)), created);
        assertEquals(600L, job.get("cost"));
        assertEquals(List.of("lifecycle", "bell"), job.get("tags"));
        assertTrue(job.containsKey("session_id"));
        assertNull(job.get("session_id"));
        assertEquals(user.userId(), job.get("user_id"));
        assertEquals(false, job.get("private"));
        assertEquals(List.of(List.of(Jobs.BELL_QASM3)), at(job, "params", "pubs"));
        assertEquals("complete", at(job, "usage", "status"));
        assertTrue(((Number) at(job, "usage", "qpu_charge_time_seconds")).doubleValue() >= 0);
        assertTrue(job.containsKey("estimated_running_time_seconds"));
        assertFalse(expect(200, user.get("jobs/" + id + "?exclude_params=true")).map().containsKey("params"));
    }

    @Test
    void metricsTimestampsAreOrdered() {
        String id = completedBell(Map.of());
        Map<String, Object> m = expect(200, user.get("jobs/" + id + "/metrics")).map();
        Instant created = Timestamps.parse(at(m, "timestamps", "created"));
        Instant running = Timestamps.parse(at(m, "timestamps", "running"));
        Instant finished = Timestamps.parse(at(m, "timestamps", "finished"));
        assertFalse(running.isBefore(created), m.toString());
        assertFalse(finished.isBefore(running), m.toString());
        assertEquals("complete", at(m, "usage", "status"));
        assertNotNull(at(m, "usage", "qpu_charge_time_seconds"));
        assertFalse(m.containsKey("queue_position"), "a finished job has no queue position");
    }

    @Test
    void queuedJobMetricsHaveAQueuePositionAndNoRunningTime() {
        String id = queuedOnPausedSlow();
        try {
            Map<String, Object> m = expect(200, user.get("jobs/" + id + "/metrics")).map();
            assertNull(at(m, "timestamps", "running"));
            assertNull(at(m, "timestamps", "finished"));
            assertEquals("pending", at(m, "usage", "status"));
            assertTrue(((Number) m.get("queue_position")).intValue() >= 1, m.toString());
        } finally {
            user.post("jobs/" + id + "/cancel", "");
        }
    }

    @Test
    void logsArePlainText() {
        String id = completedBell(Map.of("log_level", "debug"));
        ApiClient.Reply logs = expect(200, user.get("jobs/" + id + "/logs"));
        assertTrue(logs.contentType().startsWith("text/plain"), logs.contentType());
        assertFalse(logs.body().isBlank());
        assertTrue(logs.body().contains("Job queued on backend " + FAST), logs.body());
        assertEquals("job_not_found", expect(404, user.get("jobs/no-such-job/logs")).errorCode());
    }

    @Test
    void noLogLinesIs404() {
        // at level critical nothing of an ordinary, successful job is logged
        String id = completedBell(Map.of("log_level", "critical"));
        ApiClient.Reply r = expect(404, user.get("jobs/" + id + "/logs"));
        assertEquals("logs_not_found", r.errorCode());
        assertEquals("Job " + id + " has no log lines yet: lines appear once the job has started, and only those its"
                + " log_level admits. Try again later, or submit with log_level info or debug.", r.errorMessage());
    }

    @Test
    void tagsAreReplaced() {
        String id = completedBell(Map.of("tags", List.of("old")));
        expect(204, user.put("jobs/" + id + "/tags", Map.of("tags", List.of("new-1", "new-2"))));
        assertEquals(List.of("new-1", "new-2"), expect(200, user.get("jobs/" + id)).map().get("tags"));
        expect(204, user.put("jobs/" + id + "/tags", Map.of("tags", List.of())));
        assertEquals(List.of(), expect(200, user.get("jobs/" + id)).map().get("tags"));
        ApiClient.Reply tooMany = expect(400, user.put("jobs/" + id + "/tags",
                Map.of("tags", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"))));
        assertEquals("invalid_tags", tooMany.errorCode());
        assertEquals("tags has 9 entries: a job may carry at most 8 tags; remove 1.", tooMany.errorMessage());
        expect(404, other.put("jobs/" + id + "/tags", Map.of("tags", List.of("x"))));
    }

    @Test
    void privateJobHidesParamsAndItsResultIsReadOnce() {
        String id = completedBell(Map.of("private", true));
        Map<String, Object> job = expect(200, user.get("jobs/" + id)).map();
        assertEquals(true, job.get("private"));
        assertFalse(job.containsKey("params"));
        Map<String, Object> listed = expect(200, user.get("jobs?exclude_params=false&limit=200")).map();
        for (Object j : (List<?>) listed.get("jobs")) {
            if (id.equals(((Map<?, ?>) j).get("id"))) {
                assertFalse(((Map<?, ?>) j).containsKey("params"));
            }
        }
        ApiClient.Reply first = expect(200, user.get("jobs/" + id + "/results"));
        assertEquals(100, ((List<?>) at(first.json(), "results", 0, "data", "c", "samples")).size());
        expect(204, user.get("jobs/" + id + "/results"));
    }

    @Test
    void resultsOfAnUnfinishedJobAre204() {
        String id = queuedOnPausedSlow();
        try {
            ApiClient.Reply r = expect(204, user.get("jobs/" + id + "/results"));
            assertEquals("", r.body());
        } finally {
            user.post("jobs/" + id + "/cancel", "");
        }
    }

    @Test
    void cancelAQueuedJobThenItIsNotCancellableAgain() {
        String id = queuedOnPausedSlow();
        assertEquals("Queued", expect(200, user.get("jobs/" + id)).map().get("status"));
        expect(204, user.post("jobs/" + id + "/cancel", ""));
        assertEquals("Cancelled", user.awaitFinal(id, DEADLINE).get("status"));
        ApiClient.Reply again = expect(409, user.post("jobs/" + id + "/cancel", ""));
        assertEquals("job_not_cancellable", again.errorCode());
        assertEquals("Job " + id + " is Cancelled: only Queued or Running jobs can be cancelled.", again.errorMessage());
    }

    @Test
    void cancellingACompletedJobIs409() {
        String id = completedBell(Map.of());
        assertEquals("job_not_cancellable", expect(409, user.post("jobs/" + id + "/cancel", "")).errorCode());
    }

    @Test
    void deleteAnUnfinishedJobIs409AndAFinishedOneIsGone() {
        String queued = queuedOnPausedSlow();
        try {
            ApiClient.Reply r = expect(409, user.delete("jobs/" + queued));
            assertEquals("job_not_finished", r.errorCode());
            assertEquals("Job " + queued + " is Queued: cancel it first (POST /jobs/" + queued + "/cancel), then delete it"
                    + " once it has ended.", r.errorMessage());
        } finally {
            user.post("jobs/" + queued + "/cancel", "");
        }
        String done = completedBell(Map.of());
        expect(204, user.delete("jobs/" + done));
        expect(404, user.get("jobs/" + done));
        expect(404, user.get("jobs/" + done + "/results"));
    }

    @Test
    void anotherInstancesJobIsAnsweredAsAbsent() {
        String id = completedBell(Map.of());
        for (ApiClient.Reply r : List.of(other.get("jobs/" + id), other.get("jobs/" + id + "/results"),
                other.get("jobs/" + id + "/metrics"), other.get("jobs/" + id + "/logs"),
                other.post("jobs/" + id + "/cancel", ""), other.delete("jobs/" + id))) {
            expect(404, r);
            assertNotNull(r.errorCode());
        }
        Map<String, Object> otherList = expect(200, other.get("jobs")).map();
        assertTrue(((List<?>) otherList.get("jobs")).stream().noneMatch(j -> id.equals(((Map<?, ?>) j).get("id"))));
        expect(200, user.get("jobs/" + id));
    }
}
