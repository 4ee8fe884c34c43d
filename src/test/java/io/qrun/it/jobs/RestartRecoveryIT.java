package io.qrun.it.jobs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.it.QrunIT;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server restarts (a management {@code :reload}: every service and the deployment stop and
 * start again, in-memory state is lost, the database stays) while one job runs and another is
 * queued. The running job must not stay Running: it is re-queued (its log says so) and runs
 * again; the queued job survives and completes.
 */
@RunAsClient
class RestartRecoveryIT extends QrunIT {

    static final String FAST = "it_fast";
    static final String SLOW = "it_slow";

    @ArquillianResource
    ManagementClient management;

    @AfterEach
    void resumeFast() {
        admin().contentType(ContentType.JSON).body("{}").post("/admin/backends/" + FAST + "/resume");
    }

    @Test
    void aRunningJobIsRequeuedAndAQueuedJobSurvivesARestart() throws Exception {
        Tenant t = newTenant("premium");
        JobsClient c = new JobsClient(apiBase(), t.apiKey());
        admin().contentType(ContentType.JSON).body(json(Map.of("reason", "RestartRecoveryIT")))
                .post("/admin/backends/" + FAST + "/pause").then().statusCode(200);
        String queued = c.submit(JobsClient.bell(FAST, 50, null));
        String running = c.submit(JobsClient.bell(SLOW, 20, null)); // ~100 s of modelled QPU time
        c.awaitStatus(running, Duration.ofSeconds(120), "Running");

        reloadServer();

        // never Running forever: re-queued by the shutdown or by recovery at start-up, then run again
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> c.logs(running).contains("The job was queued again"));
        Map<String, Object> rerun = c.awaitStatus(running, Duration.ofSeconds(120), "Running");
        assertEquals("Running", rerun.get("status"));
        List<Map<String, Object>> intervals = c.timeline(SLOW).stream()
                .filter(i -> running.equals(i.get("job_id"))).toList();
        assertEquals(2, intervals.size(), "the cut run and the re-run: " + intervals);
        assertNotNull(intervals.get(0).get("end"), "the cut run's interval is closed");

        assertEquals("Queued", c.status(queued));
        admin().contentType(ContentType.JSON).body("{}").post("/admin/backends/" + FAST + "/resume")
                .then().statusCode(200);
        assertEquals("Completed", c.awaitFinal(queued, Duration.ofSeconds(60)).get("status"));

        c.cancel(running).then().statusCode(204);
        Map<String, Object> cancelled = c.awaitFinal(running, Duration.ofSeconds(30));
        assertEquals("Cancelled", cancelled.get("status"));
        assertTrue(c.logs(running).contains("requeued after"), c.logs(running));
    }

    /** :reload, then wait until the server and the application answer again. */
    private void reloadServer() {
        ModelNode reload = new ModelNode();
        reload.get("operation").set("reload");
        reload.get("address").setEmptyList();
        try {
            management.getControllerClient().execute(reload);
        } catch (Exception connectionDroppedByTheReload) {
            // expected on some runs: the reply may not arrive before the connection closes
        }
        ModelNode state = new ModelNode();
        state.get("operation").set("read-attribute");
        state.get("name").set("server-state");
        state.get("address").setEmptyList();
        await().atMost(Duration.ofSeconds(120)).pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> "running".equals(management.getControllerClient().execute(state).get("result").asString()));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> admin().get("/backends").statusCode() == 200);
    }
}
