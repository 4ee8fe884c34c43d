package io.qrun.it.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.it.QrunIT;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduler and the batch job seen from outside: fair share between two instances (read off
 * the backend's timeline), the maximum execution time (1305), cancelling a running job, and the
 * usage limit (a running job stopped at the limit, then 409 on submission).
 *
 * <p>it_fast models QPU time at 1/1000 (jobs take milliseconds); it_slow at 20x with 5 s of
 * per-job overhead, so a job there holds the QPU for about 100 s unless stopped.
 */
@RunAsClient
class SchedulingIT extends QrunIT {

    static final String FAST = "it_fast";
    static final String SLOW = "it_slow";
    static final Duration DEADLINE = Duration.ofSeconds(120);

    @AfterEach
    void resumeBackends() {
        admin().contentType(ContentType.JSON).body("{}").post("/admin/backends/" + FAST + "/resume");
        admin().contentType(ContentType.JSON).body("{}").post("/admin/backends/" + SLOW + "/resume");
    }

    private JobsClient client(Tenant t) {
        return new JobsClient(apiBase(), t.apiKey());
    }

    private void pause(String backend) {
        admin().contentType(ContentType.JSON).body(json(Map.of("reason", "SchedulingIT fills the queue")))
                .post("/admin/backends/" + backend + "/pause").then().statusCode(200);
    }

    private void resume(String backend) {
        admin().contentType(ContentType.JSON).body("{}").post("/admin/backends/" + backend + "/resume")
                .then().statusCode(200);
    }

    @Test
    void fairShareServesTheInstanceThatUsedLeastFirst() {
        Tenant a = newTenant("premium");
        Tenant b = newTenant("premium");
        JobsClient ca = client(a);
        JobsClient cb = client(b);
        pause(FAST);
        // A queues three jobs before B's only one; both instances have used nothing yet
        String a1 = ca.submit(JobsClient.bell(FAST, 20, null));
        String a2 = ca.submit(JobsClient.bell(FAST, 20, null));
        String a3 = ca.submit(JobsClient.bell(FAST, 20, null));
        String b1 = cb.submit(JobsClient.bell(FAST, 20, null));
        assertEquals("Queued", ca.status(a1));
        resume(FAST);
        for (String id : List.of(a1, a2, a3)) {
            assertCompleted(ca.awaitFinal(id, DEADLINE));
        }
        assertCompleted(cb.awaitFinal(b1, DEADLINE));

        // A's oldest job first (tie at zero usage: longest wait); then B, which has used nothing,
        // before A's second job; then A's remaining jobs oldest first.
        List<String> order = new ArrayList<>();
        for (Map<String, Object> interval : admin().get("/backends/" + FAST + "/timeline").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("")) {
            Object job = interval.get("job_id");
            if (List.of(a1, a2, a3, b1).contains(job)) {
                order.add((String) job);
            }
        }
        assertEquals(List.of(a1, b1, a2, a3), order);

        // a user sees B's interval, but not its ids
        List<Map<String, Object>> seenByA = ca.timeline(FAST);
        Map<String, Object> own = seenByA.stream().filter(i -> a1.equals(i.get("job_id"))).findFirst().orElseThrow();
        assertEquals(a.instanceId(), own.get("instance"));
        assertEquals("job", own.get("kind"));
        assertTrue(seenByA.stream().noneMatch(i -> b1.equals(i.get("job_id"))));
        assertTrue(seenByA.stream().noneMatch(i -> b.instanceId().equals(i.get("instance"))));
    }

    @Test
    void aJobPastItsMaximumExecutionTimeIsCancelledWithCode1305() {
        Tenant t = newTenant("premium");
        JobsClient c = client(t);
        // ~100 s of modelled QPU time, but cost 2: stopped 2 s into its quantum execution
        String id = c.submit(JobsClient.bell(SLOW, 20, 2L));
        Map<String, Object> job = c.awaitFinal(id, DEADLINE);
        assertEquals("Cancelled - Ran too long", job.get("status"));
        Map<String, Object> state = asMap(job.get("state"));
        assertEquals(1305, ((Number) state.get("reason_code")).intValue());
        assertTrue(((String) state.get("reason")).contains("maximum execution time of 2 s"), (String) state.get("reason"));
        Map<String, Object> usage = asMap(job.get("usage"));
        double charged = ((Number) usage.get("qpu_charge_time_seconds")).doubleValue();
        // held from the pick (preprocessing included) to the stop 2 s into execution
        assertTrue(charged >= 2.0 && charged < 30.0, "charged " + charged);
        assertEquals("complete", usage.get("status"));
        // its interval is closed
        Map<String, Object> interval = c.timeline(SLOW).stream().filter(i -> id.equals(i.get("job_id")))
                .findFirst().orElseThrow();
        assertNotNull(interval.get("end"));
    }

    @Test
    void cancellingARunningJobStopsItAndFreesTheQpu() {
        Tenant t = newTenant("premium");
        JobsClient c = client(t);
        String id = c.submit(JobsClient.bell(SLOW, 20, null));
        c.awaitStatus(id, DEADLINE, "Running");
        Instant cancelled = Instant.now();
        c.cancel(id).then().statusCode(204);
        Map<String, Object> job = c.awaitFinal(id, Duration.ofSeconds(30));
        assertEquals("Cancelled", job.get("status"));
        // the QPU was freed within seconds, not at the end of the modelled ~100 s
        Map<String, Object> interval = c.timeline(SLOW).stream().filter(i -> id.equals(i.get("job_id")))
                .findFirst().orElseThrow();
        Instant end = Instant.parse((String) interval.get("end"));
        assertTrue(end.isBefore(cancelled.plusSeconds(10)), "interval ended at " + end);
        c.cancel(id).then().statusCode(409);
        assertEquals("job_not_cancellable", c.cancel(id).then().extract().jsonPath().getString("errors[0].code"));
    }

    @Test
    void aRunningJobIsStoppedAtTheUsageLimitAndFurtherSubmissionsAreRefused() {
        Tenant t = newTenant("premium");
        admin().contentType(ContentType.JSON).body(json(Map.of("usage_limit_seconds", 3)))
                .patch("/admin/instances/" + t.instanceId()).then().statusCode(200);
        JobsClient c = client(t);
        String id = c.submit(JobsClient.bell(SLOW, 20, null));
        Map<String, Object> job = c.awaitFinal(id, DEADLINE);
        assertEquals("Cancelled", job.get("status"));
        Map<String, Object> state = asMap(job.get("state"));
        assertEquals(1306, ((Number) state.get("reason_code")).intValue());
        double charged = ((Number) asMap(job.get("usage")).get("qpu_charge_time_seconds")).doubleValue();
        assertTrue(charged >= 3.0 && charged < 20.0, "charged " + charged);

        var refused = c.submitRaw(JobsClient.bell(FAST, 10, null));
        assertEquals(409, refused.statusCode());
        assertEquals("usage_limit_reached", refused.jsonPath().getString("errors[0].code"));

        Map<String, Object> usage = c.request().get("/instances/usage").then().statusCode(200).extract().jsonPath()
                .getMap("");
        assertEquals(Boolean.TRUE, usage.get("usage_limit_reached"));
        assertEquals(charged, ((Number) usage.get("usage_consumed_seconds")).doubleValue(), 1e-6);
    }

    @Test
    void aPubTheBackendCannotRunFailsTheJobWithTheEnginesReason() {
        Tenant t = newTenant("premium");
        JobsClient c = client(t);
        // h and cx are not in it_noisy's basis (ecr, id, rz, sx, x): the ISA check in preprocessing fails PUB 0
        String id = c.submit(JobsClient.bell("it_noisy", 10, null));
        Map<String, Object> job = c.awaitFinal(id, DEADLINE);
        assertEquals("Failed", job.get("status"));
        Map<String, Object> state = asMap(job.get("state"));
        String reason = (String) state.get("reason");
        assertTrue(reason.startsWith("pubs[0]: "), reason);
        assertTrue(reason.contains("is not supported by the target"), reason);
        assertEquals(1517, ((Number) state.get("reason_code")).intValue());
        assertEquals("complete", asMap(job.get("usage")).get("status"));
        // the QPU was released: its interval is closed and the backend runs the next job
        Map<String, Object> interval = c.timeline("it_noisy").stream().filter(i -> id.equals(i.get("job_id")))
                .findFirst().orElseThrow();
        assertNotNull(interval.get("end"));
        assertTrue(c.logs(id).contains("Job Failed: pubs[0]: "), c.logs(id));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
