package io.qrun.it.api;

import static io.qrun.it.api.ApiClient.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.api.json.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /jobs: paging (count is the total, not the page), every filter and the sort order, on five
 * jobs of a fresh instance: four completed ones, created one after another, and one held Queued
 * on a paused backend.
 */
class JobListingIT extends ApiITBase {

    static final Duration DEADLINE = Duration.ofSeconds(60);

    private static ApiClient operator;
    private static ApiClient user;
    /** In creation order: s1, s2, e1, s3, q1. */
    private static String s1, s2, e1, s3, q1;
    private static Instant createdS2, createdE1;

    @BeforeEach
    void jobs() {
        if (user != null) {
            return;
        }
        operator = operator();
        user = operator.newTenant("premium", null);
        s1 = completed(Jobs.with(Jobs.sampler("it_simulator", Jobs.BELL_QASM3, 10, 1), "tags", List.of("list", "a")));
        s2 = completed(Jobs.with(Jobs.sampler("it_simulator", Jobs.BELL_QASM3, 10, 2), "tags", List.of("list", "a", "b")));
        e1 = completed(Jobs.with(Jobs.estimator("it_simulator", Jobs.BELL_STATE, "ZZ", 0.0), "tags", List.of("list", "b")));
        s3 = completed(Jobs.with(Jobs.sampler("it_fast", Jobs.BELL_QASM3, 10, 3), "tags", List.of("list")));
        expect(200, operator.post("admin/backends/it_slow/pause", Map.of("reason", "JobListingIT")));
        q1 = user.submit(Jobs.with(Jobs.sampler("it_slow", Jobs.BELL_QASM3, 10, 4), "tags", List.of("list", "q")));
        createdS2 = Timestamps.parse((String) expect(200, user.get("jobs/" + s2)).map().get("created"));
        createdE1 = Timestamps.parse((String) expect(200, user.get("jobs/" + e1)).map().get("created"));
        assertTrue(createdS2.isBefore(createdE1));
    }

    @AfterAll
    static void releaseSlowBackend() {
        if (user != null) {
            user.post("jobs/" + q1 + "/cancel", "");
            operator.post("admin/backends/it_slow/resume", "");
        }
    }

    private static String completed(Map<String, Object> body) {
        String id = user.submit(body);
        assertCompleted(user.awaitFinal(id, DEADLINE));
        return id;
    }

    private static Map<String, Object> page(String query) {
        return expect(200, user.get("jobs" + query)).map();
    }

    private static List<Object> ids(String query) {
        return ((List<?>) page(query).get("jobs")).stream().<Object>map(j -> ((Map<?, ?>) j).get("id")).toList();
    }

    @Test
    void modeFilterSeparatesJobModeBatchAndSessionJobs() {
        ApiClient tenant = operator.newTenant("premium", null);
        String jobMode = tenant.submit(Jobs.sampler("it_fast", Jobs.BELL_QASM3, 10, 5));
        String batch = (String) expect(200, tenant.post("sessions", Map.of("mode", "batch", "backend", "it_batch"))).map().get("id");
        String inBatch = tenant.submit(Jobs.with(Jobs.sampler("it_batch", Jobs.BELL_QASM3, 10, 6), "session_id", batch));
        String session = (String) expect(200, tenant.post("sessions", Map.of("mode", "dedicated", "backend", "it_session"))).map().get("id");
        String inSession = tenant.submit(Jobs.with(Jobs.sampler("it_session", Jobs.BELL_QASM3, 10, 7), "session_id", session));
        for (String id : List.of(jobMode, inBatch, inSession)) {
            assertCompleted(tenant.awaitFinal(id, DEADLINE));
        }
        Map<String, List<Object>> byMode = new java.util.LinkedHashMap<>();
        for (String mode : List.of("job", "batch", "dedicated")) {
            byMode.put(mode, ((List<?>) expect(200, tenant.get("jobs?mode=" + mode)).map().get("jobs")).stream()
                    .<Object>map(j -> ((Map<?, ?>) j).get("id")).toList());
        }
        assertEquals(Map.of("job", List.of(jobMode), "batch", List.of(inBatch), "dedicated", List.of(inSession)), byMode);
        assertEquals(3L, expect(200, tenant.get("jobs")).map().get("count"));
        ApiClient.Reply bad = tenant.get("jobs?mode=session");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("invalid_query_parameter", bad.errorCode());
    }

    @Test
    void countIsTheTotalNotThePageSize() {
        Map<String, Object> first = page("?limit=2");
        assertEquals(5L, first.get("count"));
        assertEquals(2L, first.get("limit"));
        assertEquals(0L, first.get("offset"));
        assertEquals(List.of(q1, s3), ids("?limit=2"));
        assertEquals(List.of(e1, s2), ids("?limit=2&offset=2"));
        Map<String, Object> last = page("?limit=2&offset=4");
        assertEquals(5L, last.get("count"));
        assertEquals(4L, last.get("offset"));
        assertEquals(List.of(s1), ids("?limit=2&offset=4"));
        assertEquals(List.of(), ids("?offset=10"));
    }

    @Test
    void limitOutOfRangeMeansTheDefault() {
        for (String limit : List.of("0", "201", "-1")) {
            Map<String, Object> p = page("?limit=" + limit);
            assertEquals(200L, p.get("limit"), limit);
            assertEquals(5, ((List<?>) p.get("jobs")).size(), limit);
        }
        assertEquals(200L, page("").get("limit"));
    }

    @Test
    void sortIsByCreationNewestFirstByDefault() {
        assertEquals(List.of(q1, s3, e1, s2, s1), ids(""));
        assertEquals(List.of(q1, s3, e1, s2, s1), ids("?sort=DESC"));
        assertEquals(List.of(s1, s2, e1, s3, q1), ids("?sort=ASC"));
    }

    @Test
    void pendingFilter() {
        assertEquals(List.of(q1), ids("?pending=true"));
        assertEquals(1L, page("?pending=true").get("count"));
        assertEquals(List.of(s3, e1, s2, s1), ids("?pending=false"));
    }

    @Test
    void programAndBackendFilters() {
        assertEquals(List.of(e1), ids("?program=estimator"));
        assertEquals(List.of(q1, s3, s2, s1), ids("?program=sampler"));
        assertEquals(List.of(s3), ids("?backend=it_fast"));
        assertEquals(List.of(e1, s2, s1), ids("?backend=it_simulator&program="));
    }

    @Test
    void createdAfterAndBefore() {
        Instant between = createdS2.plus(Duration.between(createdS2, createdE1).dividedBy(2));
        String t = Timestamps.format(between);
        assertEquals(List.of(q1, s3, e1), ids("?created_after=" + t));
        assertEquals(List.of(s2, s1), ids("?created_before=" + t));
        assertEquals(List.of(), ids("?created_after=" + t + "&created_before=" + Timestamps.format(createdS2)));
    }

    @Test
    void tagsMustAllBeCarried() {
        assertEquals(List.of(s2), ids("?tags=a&tags=b"));
        assertEquals(List.of(e1, s2), ids("?tags=b"));
        assertEquals(List.of(q1, s3, e1, s2, s1), ids("?tags=list"));
        assertEquals(List.of(), ids("?tags=a&tags=q"));
    }

    @Test
    void sessionFilter() {
        assertEquals(0L, page("?session_id=no-such-session").get("count"));
    }

    @Test
    void paramsAreExcludedByDefault() {
        for (Object j : (List<?>) page("").get("jobs")) {
            assertFalse(((Map<?, ?>) j).containsKey("params"));
        }
        for (Object j : (List<?>) page("?exclude_params=false").get("jobs")) {
            assertTrue(((Map<?, ?>) j).containsKey("params"), j.toString());
        }
    }
}
