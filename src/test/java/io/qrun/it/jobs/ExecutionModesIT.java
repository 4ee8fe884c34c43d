package io.qrun.it.jobs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.it.QrunIT;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions and batches end to end (execution-modes.md), read off the backends' timelines and the
 * session objects. The IT server runs with an interactive TTL of 3 s and an empty-workload close
 * of 6 s (arquillian.xml). Backends: it_session (jobs of milliseconds), it_batch (every job holds
 * the QPU 3 s: its per-job overhead), it_calibrated (a 1 s calibration every 4 s).
 */
@RunAsClient
class ExecutionModesIT extends QrunIT {

    static final String SESSION_QPU = "it_session";
    static final String BATCH_QPU = "it_batch";
    static final String CALIBRATED_QPU = "it_calibrated";
    static final Duration DEADLINE = Duration.ofSeconds(90);

    @AfterEach
    void resumeBackends() {
        for (String b : List.of(SESSION_QPU, BATCH_QPU, CALIBRATED_QPU)) {
            admin().contentType(ContentType.JSON).body("{}").post("/admin/backends/" + b + "/resume");
        }
    }

    @Test
    void aSessionHoldsTheQpuAcrossIdleGapsAndOtherInstancesRunOnlyAfterItsInteractiveTtl() {
        Tenant a = newTenant("premium");
        Tenant b = newTenant("premium");
        JobsClient ca = client(a);
        JobsClient cb = client(b);
        Map<String, Object> created = createSession(ca, "dedicated", SESSION_QPU, null).then().statusCode(200)
                .extract().jsonPath().getMap("");
        String session = (String) created.get("id");
        assertEquals("open", created.get("state"));
        assertEquals("dedicated", created.get("mode"));
        assertEquals(SESSION_QPU, created.get("backend_name"));
        assertEquals(true, created.get("accepting_jobs"));
        assertEquals(28800, ((Number) created.get("max_ttl")).intValue());
        assertEquals(3, ((Number) created.get("interactive_ttl")).intValue());
        assertNull(created.get("started_at"));

        String first = ca.submit(inSession(session));
        assertEquals(session, ca.job(first).get("session_id"));
        assertCompleted(ca.awaitFinal(first, DEADLINE));
        Map<String, Object> active = session(ca, session);
        assertEquals("active", active.get("state"));
        assertNotNull(active.get("started_at"));
        assertNotNull(active.get("activated_at"));
        assertNotNull(active.get("last_job_completed"));

        // B's job waits while the session is active; A's next job runs at once, ahead of it
        String other = cb.submit(JobsClient.bell(SESSION_QPU, 20, null));
        String second = ca.submit(inSession(session));
        assertCompleted(ca.awaitFinal(second, DEADLINE));
        assertCompleted(cb.awaitFinal(other, DEADLINE));

        Map<String, Object> inactive = session(ca, session);
        assertEquals("inactive", inactive.get("state"));
        assertTrue(((String) inactive.get("state_reason")).contains("interactive TTL of 3 s"), inactive.toString());
        assertEquals(List.of("open", "active", "inactive"), states(inactive));

        List<Map<String, Object>> timeline = adminTimeline(SESSION_QPU);
        List<Map<String, Object>> held = timeline.stream().filter(i -> session.equals(i.get("session_id"))).toList();
        // pick -> idle while the first job preprocesses, its execution, idle, the second's, idle until the TTL
        assertTrue(held.stream().anyMatch(i -> "session_idle".equals(i.get("kind"))), held.toString());
        assertEquals(2, held.stream().filter(i -> "job".equals(i.get("kind"))).count(), held.toString());
        Instant sessionEnd = held.stream().map(i -> Instant.parse((String) i.get("end"))).max(Instant::compareTo).orElseThrow();
        Instant sessionStart = held.stream().map(i -> Instant.parse((String) i.get("start"))).min(Instant::compareTo).orElseThrow();
        for (int k = 1; k < held.size(); k++) {
            assertEquals(held.get(k - 1).get("end"), held.get(k).get("start"), "the session holds the QPU without a gap");
        }
        Map<String, Object> bInterval = timeline.stream().filter(i -> other.equals(i.get("job_id"))).findFirst().orElseThrow();
        assertFalse(Instant.parse((String) bInterval.get("start")).isBefore(sessionEnd),
                "B's job started inside the session: " + bInterval + " vs session until " + sessionEnd);
        // the session stayed active at least the interactive TTL after its last job
        Instant lastCompleted = Instant.parse((String) inactive.get("last_job_completed"));
        assertTrue(!sessionEnd.isBefore(lastCompleted.plusSeconds(3)), "ended " + sessionEnd + " after " + lastCompleted);
        // usage = the active wall-clock time
        double elapsed = ((Number) inactive.get("elapsed_time")).doubleValue();
        double wall = (sessionEnd.toEpochMilli() - sessionStart.toEpochMilli()) / 1000.0;
        assertEquals(wall, elapsed, 0.01);

        // a job sent to the inactive session goes through the queue and reactivates it
        String third = ca.submit(inSession(session));
        assertCompleted(ca.awaitFinal(third, DEADLINE));
        Map<String, Object> again = session(ca, session);
        assertEquals("active", again.get("state"));
        assertEquals(List.of("open", "active", "inactive", "active"), states(again));

        // the user's close: nothing pending, so closed at once; later submissions refused
        ca.request().body(json(Map.of("accepting_jobs", false))).patch("/sessions/" + session).then().statusCode(204);
        Map<String, Object> closed = session(ca, session);
        assertEquals("closed", closed.get("state"));
        assertEquals(false, closed.get("accepting_jobs"));
        assertNotNull(closed.get("closed_at"));
        assertEquals(0, ((Number) closed.get("active_ttl")).intValue());
        Response refused = ca.submitRaw(inSession(session));
        assertEquals(409, refused.statusCode());
        assertEquals("session_closed", refused.jsonPath().getString("errors[0].code"));
        // the QPU is free again: B runs at once
        String afterClose = cb.submit(JobsClient.bell(SESSION_QPU, 20, null));
        assertCompleted(cb.awaitFinal(afterClose, DEADLINE));
        // another instance does not see the session
        assertEquals(404, cb.request().get("/sessions/" + session).statusCode());
    }

    @Test
    void aBatchRunsItsExecutionsBackToBackAndJobModeLeavesPreprocessingGaps() {
        Tenant t = newTenant("premium");
        JobsClient c = client(t);
        pause(BATCH_QPU);
        String batch = createSession(c, "batch", BATCH_QPU, null).then().statusCode(200).extract().path("id");
        List<String> jobs = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            jobs.add(c.submit(inSession(batch)));
        }
        List<String> single = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            single.add(c.submit(JobsClient.bell(BATCH_QPU, 20, null)));
        }
        resume(BATCH_QPU);
        for (String id : jobs) {
            assertCompleted(c.awaitFinal(id, DEADLINE));
        }
        for (String id : single) {
            assertCompleted(c.awaitFinal(id, DEADLINE));
        }
        List<Map<String, Object>> timeline = adminTimeline(BATCH_QPU);
        List<Map<String, Object>> batchRuns = timeline.stream().filter(i -> jobs.contains(i.get("job_id"))).toList();
        assertEquals(3, batchRuns.size(), batchRuns.toString());
        for (int k = 1; k < batchRuns.size(); k++) {
            long gap = millisBetween(batchRuns.get(k - 1).get("end"), batchRuns.get(k).get("start"));
            assertTrue(gap >= 0 && gap < 5, "gap between batch executions " + gap + " ms: " + batchRuns);
            assertEquals("batch", batchRuns.get(k).get("mode"));
        }
        for (Map<String, Object> run : batchRuns) {
            // the execution interval is the modelled time (3 s of overhead), preprocessing is outside it
            long held = millisBetween(run.get("start"), run.get("end"));
            assertTrue(held >= 3000 && held < 3500, "held " + held + " ms: " + run);
        }
        // a job-mode job holds the QPU from its pick: its interval is its preprocessing plus 3 s
        for (String id : single) {
            Map<String, Object> run = timeline.stream().filter(i -> id.equals(i.get("job_id"))).findFirst().orElseThrow();
            assertEquals("job", run.get("mode"));
            assertTrue(millisBetween(run.get("start"), run.get("end")) > 3000, run.toString());
        }
        Map<String, Object> s = session(c, batch);
        double sum = batchRuns.stream().mapToDouble(r -> millisBetween(r.get("start"), r.get("end")) / 1000.0).sum();
        assertEquals(sum, ((Number) s.get("elapsed_time")).doubleValue(), 0.01, "a batch is charged its executions");
        double charged = ((Number) ((Map<?, ?>) c.job(jobs.get(0)).get("usage")).get("qpu_charge_time_seconds")).doubleValue();
        assertEquals(millisBetween(batchRuns.get(0).get("start"), batchRuns.get(0).get("end")) / 1000.0, charged, 0.01);
    }

    @Test
    void atMaxTtlTheWorkloadClosesItsQueuedJobsFailAndTheRunningOneCompletes() {
        Tenant t = newTenant("premium");
        JobsClient c = client(t);
        String session = createSession(c, "dedicated", BATCH_QPU, 2L).then().statusCode(200).extract().path("id");
        String running = c.submit(inSession(session));
        c.awaitStatus(running, DEADLINE, "Running");
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> c.logs(running).contains("Quantum execution starts"));
        pause(BATCH_QPU); // the next job stays Queued
        String queued = c.submit(inSession(session));
        Map<String, Object> ended = c.awaitFinal(queued, DEADLINE);
        assertEquals("Failed", ended.get("status"));
        String reason = (String) ((Map<?, ?>) ended.get("state")).get("reason");
        assertTrue(reason.contains("max TTL of 2 s"), reason);
        Map<String, Object> closed = session(c, session);
        assertEquals("closed", closed.get("state"));
        assertEquals("max TTL of 2 s reached", closed.get("state_reason"));
        // closed on time: 2 s after the first job started, within 1 s
        long late = millisBetween(plusSeconds((String) closed.get("started_at"), 2), closed.get("closed_at"));
        assertTrue(late >= 0 && late < 1000, "closed " + late + " ms after the max TTL");
        assertCompleted(c.awaitFinal(running, DEADLINE));
    }

    @Test
    void cancellingASessionClosesItAndFailsItsQueuedJobs() {
        Tenant t = newTenant("premium");
        JobsClient c = client(t);
        pause(SESSION_QPU);
        String session = createSession(c, "dedicated", SESSION_QPU, null).then().statusCode(200).extract().path("id");
        String queued = c.submit(inSession(session));
        c.request().delete("/sessions/" + session + "/close").then().statusCode(204);
        assertEquals("closed", session(c, session).get("state"));
        assertEquals("cancelled by the user", session(c, session).get("state_reason"));
        Map<String, Object> job = c.job(queued);
        assertEquals("Failed", job.get("status"));
        assertTrue(((String) ((Map<?, ?>) job.get("state")).get("reason")).contains("was cancelled"), job.toString());
    }

    @Test
    void aClosedSessionFinishesItsPendingJobsAndRefusesNewOnes() {
        Tenant t = newTenant("premium");
        JobsClient c = client(t);
        pause(SESSION_QPU);
        String session = createSession(c, "dedicated", SESSION_QPU, null).then().statusCode(200).extract().path("id");
        String pending = c.submit(inSession(session));
        c.request().body(json(Map.of("accepting_jobs", false))).patch("/sessions/" + session).then().statusCode(204);
        assertEquals("open", session(c, session).get("state"), "not closed while a job is pending");
        Response refused = c.submitRaw(inSession(session));
        assertEquals(409, refused.statusCode());
        assertEquals("session_not_accepting_jobs", refused.jsonPath().getString("errors[0].code"));
        resume(SESSION_QPU);
        assertCompleted(c.awaitFinal(pending, DEADLINE));
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(200))
                .until(() -> "closed".equals(session(c, session).get("state")));
        assertTrue(((String) session(c, session).get("state_reason")).contains("every job has ended"));
    }

    @Test
    void aCalibrationDueDuringAnActiveSessionWaitsForIt() {
        Tenant t = newTenant("premium");
        JobsClient c = client(t);
        String session = createSession(c, "dedicated", CALIBRATED_QPU, null).then().statusCode(200).extract().path("id");
        Instant until = Instant.now().plusSeconds(7);
        // keep the session active for 7 s (longer than the calibration interval of 4 s)
        while (Instant.now().isBefore(until)) {
            String id = c.submit(inSession(session));
            assertCompleted(c.awaitFinal(id, DEADLINE));
        }
        String lastUpdate = admin().get("/backends/" + CALIBRATED_QPU + "/properties").then().extract().path("last_update_date");
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250)).until(() -> adminTimeline(CALIBRATED_QPU).stream()
                .anyMatch(i -> "calibration".equals(i.get("kind")) && i.get("end") != null
                        && !Instant.parse((String) i.get("start")).isBefore(sessionEnd(session))));
        List<Map<String, Object>> timeline = adminTimeline(CALIBRATED_QPU);
        List<Map<String, Object>> held = timeline.stream().filter(i -> session.equals(i.get("session_id"))).toList();
        for (Map<String, Object> cal : timeline.stream().filter(i -> "calibration".equals(i.get("kind"))).toList()) {
            for (Map<String, Object> h : held) {
                assertFalse(overlap(cal, h), "calibration " + cal + " inside the session's " + h);
            }
        }
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250)).until(() -> !lastUpdate.equals(
                admin().get("/backends/" + CALIBRATED_QPU + "/properties").then().extract().path("last_update_date")));
    }

    @Test
    void theRulesOfCreation() {
        Tenant open = newTenant("open");
        JobsClient co = client(open);
        Response forbidden = createSession(co, "dedicated", SESSION_QPU, null);
        assertEquals(403, forbidden.statusCode());
        assertEquals("open_plan_session_forbidden", forbidden.jsonPath().getString("errors[0].code"));
        assertEquals("Open Plan users cannot submit session jobs. Use job mode or batch mode.",
                forbidden.jsonPath().getString("errors[0].message"));
        Map<String, Object> batch = createSession(co, "batch", SESSION_QPU, null).then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertEquals(600, ((Number) batch.get("max_ttl")).intValue(), "an open-plan batch gets at most 10 minutes");
        Response tooLong = createSession(co, "batch", SESSION_QPU, 601L);
        assertEquals(400, tooLong.statusCode());
        assertEquals("invalid_max_ttl", tooLong.jsonPath().getString("errors[0].code"));
        Response simulator = createSession(co, "batch", "it_simulator", null);
        assertEquals(400, simulator.statusCode());
        assertEquals("simulator_no_workloads", simulator.jsonPath().getString("errors[0].code"));
        Response mode = createSession(co, "exclusive", SESSION_QPU, null);
        assertEquals("invalid_mode", mode.jsonPath().getString("errors[0].code"));
        Map<String, Object> mismatch = JobsClient.bell("it_fast", 10, null);
        mismatch.put("session_id", batch.get("id"));
        Response wrongBackend = co.submitRaw(mismatch);
        assertEquals(400, wrongBackend.statusCode());
        assertEquals("session_backend_mismatch", wrongBackend.jsonPath().getString("errors[0].code"));
        Map<String, Object> unknown = inSession("s-aaaaaaaaaaaaaaaaaaaa");
        assertEquals("session_not_found", co.submitRaw(unknown).jsonPath().getString("errors[0].code"));
        // the listing filters and counts
        Map<String, Object> page = co.request().get("/sessions?mode=batch").then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals(1, ((Number) page.get("count")).intValue());
        // the Qiskit client's body: backend, instance and max_ttl
        Map<String, Object> body = new HashMap<>();
        body.put("mode", "batch");
        body.put("backend", SESSION_QPU);
        body.put("instance", open.instanceId());
        body.put("max_ttl", 120);
        assertEquals(200, co.request().body(json(body)).post("/sessions").statusCode());
    }

    @Test
    void aWorkloadThatNeverGetsAJobIsClosed() {
        Tenant t = newTenant("premium");
        JobsClient c = client(t);
        String session = createSession(c, "batch", SESSION_QPU, null).then().statusCode(200).extract().path("id");
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250))
                .until(() -> "closed".equals(session(c, session).get("state")));
        Map<String, Object> s = session(c, session);
        assertTrue(((String) s.get("state_reason")).contains("no job started within 6 s"), s.toString());
        long late = millisBetween(plusSeconds((String) s.get("created_at"), 6), s.get("closed_at"));
        assertTrue(late >= 0 && late < 1000, "closed " + late + " ms after its deadline");
    }

    @Test
    void twoHundredBatchJobsOfFourPubsNeverExhaustTheBatchThreadPool() {
        Tenant t = newTenant("premium");
        JobsClient c = client(t);
        pause(SESSION_QPU);
        String batch = createSession(c, "batch", SESSION_QPU, null).then().statusCode(200).extract().path("id");
        List<String> jobs = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            Map<String, Object> body = inSession(batch);
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) body.get("params");
            params.put("pubs", List.of(List.of(JobsClient.BELL), List.of(JobsClient.BELL), List.of(JobsClient.BELL),
                    List.of(JobsClient.BELL)));
            jobs.add(c.submit(body));
        }
        resume(SESSION_QPU);
        // all 200 are picked with the first; at most qrun.workloads.max-preprocessing-jobs preprocess
        // at once (the rest wait as rows), so the pool of 80 batch threads is never exhausted
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).until(() ->
                jobs.stream().allMatch(id -> "Completed".equals(c.status(id))));
        List<Map<String, Object>> runs = adminTimeline(SESSION_QPU).stream()
                .filter(i -> batch.equals(i.get("session_id"))).toList();
        assertEquals(200, runs.size());
        for (int k = 1; k < runs.size(); k++) {
            assertFalse(overlap(runs.get(k - 1), runs.get(k)), "executions never overlap: " + runs.get(k));
        }
    }

    @Test
    void queuedJobsHaveTheirPositionAndAnEstimatedStartInSchedulingOrder() {
        Tenant t = newTenant("premium");
        JobsClient c = client(t);
        pause(BATCH_QPU);
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            ids.add(c.submit(JobsClient.bell(BATCH_QPU, 20, null)));
        }
        Instant before = Instant.now().minusSeconds(1);
        List<Instant> starts = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Map<String, Object> m = c.request().get("/jobs/" + ids.get(k) + "/metrics").then().statusCode(200)
                    .extract().jsonPath().getMap("");
            assertEquals(k + 1, ((Number) m.get("queue_position")).intValue(), m.toString());
            starts.add(Instant.parse((String) m.get("estimated_start_time")));
        }
        assertFalse(starts.get(0).isBefore(before), starts.toString());
        // each job waits for the ones ahead of it: at least the 1 s default per job, more once the
        // backend has a history (its jobs hold the QPU 3 s)
        assertTrue(!starts.get(1).isBefore(starts.get(0).plusSeconds(1)), starts.toString());
        assertTrue(!starts.get(2).isBefore(starts.get(1).plusSeconds(1)), starts.toString());
        resume(BATCH_QPU);
        for (String id : ids) {
            assertCompleted(c.awaitFinal(id, DEADLINE));
        }
    }

    @Test
    void atTheUsageLimitTheRunningJobIsStoppedAndTheSessionEnds() {
        Tenant t = newTenant("premium");
        admin().contentType(ContentType.JSON).body(json(Map.of("usage_limit_seconds", 2)))
                .patch("/admin/instances/" + t.instanceId()).then().statusCode(200);
        JobsClient c = client(t);
        String session = createSession(c, "dedicated", BATCH_QPU, null).then().statusCode(200).extract().path("id");
        String job = c.submit(inSession(session)); // would hold the QPU 3 s
        Map<String, Object> stopped = c.awaitFinal(job, DEADLINE);
        assertEquals("Cancelled", stopped.get("status"));
        assertEquals(1306, ((Number) ((Map<?, ?>) stopped.get("state")).get("reason_code")).intValue());
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(200))
                .until(() -> "closed".equals(session(c, session).get("state")));
        assertEquals("the instance reached its usage limit", session(c, session).get("state_reason"));
        // the session's wall-clock time (idle while preprocessing, then the execution) used exactly the limit
        Map<String, Object> usage = c.request().get("/instances/usage").then().statusCode(200).extract().jsonPath().getMap("");
        double consumed = ((Number) usage.get("usage_consumed_seconds")).doubleValue();
        assertEquals(2.0, consumed, 0.05, usage.toString());
        assertEquals(true, usage.get("usage_limit_reached"));
        Response refused = c.submitRaw(JobsClient.bell(BATCH_QPU, 20, null));
        assertEquals(409, refused.statusCode());
        assertEquals("usage_limit_reached", refused.jsonPath().getString("errors[0].code"));
    }

    // --- helpers

    private JobsClient client(Tenant t) {
        return new JobsClient(apiBase(), t.apiKey());
    }

    private Response createSession(JobsClient c, String mode, String backend, Long maxTtl) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mode", mode);
        body.put("backend", backend);
        if (maxTtl != null) {
            body.put("max_ttl", maxTtl);
        }
        return c.request().body(json(body)).post("/sessions");
    }

    private static Map<String, Object> inSession(String session) {
        Map<String, Object> body = JobsClient.bell(null, 20, null);
        body.remove("backend");
        body.put("session_id", session);
        return body;
    }

    private Map<String, Object> session(JobsClient c, String id) {
        return c.request().get("/sessions/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    @SuppressWarnings("unchecked")
    private static List<String> states(Map<String, Object> session) {
        return ((List<Map<String, Object>>) session.get("timestamps")).stream().map(e -> (String) e.get("status")).toList();
    }

    private List<Map<String, Object>> adminTimeline(String backend) {
        return admin().get("/backends/" + backend + "/timeline").then().statusCode(200).extract().jsonPath().getList("");
    }

    private Instant sessionEnd(String session) {
        return admin().get("/sessions/" + session).then().extract().jsonPath().getString("state").equals("active")
                ? Instant.now() : adminTimeline(CALIBRATED_QPU).stream().filter(i -> session.equals(i.get("session_id")))
                .map(i -> i.get("end") == null ? Instant.now() : Instant.parse((String) i.get("end")))
                .max(Instant::compareTo).orElse(Instant.now());
    }

    private static boolean overlap(Map<String, Object> x, Map<String, Object> y) {
        Instant xs = Instant.parse((String) x.get("start"));
        Instant xe = x.get("end") == null ? Instant.MAX : Instant.parse((String) x.get("end"));
        Instant ys = Instant.parse((String) y.get("start"));
        Instant ye = y.get("end") == null ? Instant.MAX : Instant.parse((String) y.get("end"));
        return xs.isBefore(ye) && ys.isBefore(xe);
    }

    private static long millisBetween(Object from, Object to) {
        return Duration.between(Instant.parse((String) from), Instant.parse((String) to)).toMillis();
    }

    private static String plusSeconds(String t, long s) {
        return Instant.parse(t).plusSeconds(s).toString();
    }

    private void pause(String backend) {
        admin().contentType(ContentType.JSON).body(json(Map.of("reason", "ExecutionModesIT")))
                .post("/admin/backends/" + backend + "/pause").then().statusCode(200);
    }

    private void resume(String backend) {
        admin().contentType(ContentType.JSON).body("{}").post("/admin/backends/" + backend + "/resume")
                .then().statusCode(200);
    }
}
