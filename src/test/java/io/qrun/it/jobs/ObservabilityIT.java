package io.qrun.it.jobs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.it.QrunIT;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an operator's monitoring sees on the management interface (configure-observability.cli):
 * the Prometheus endpoint counts a scripted workload exactly, and readiness goes down when a
 * backend's scheduler stops working (its clock timer suspended through the management API) and
 * up again when it resumes.
 */
@RunAsClient
class ObservabilityIT extends QrunIT {

    static final String FAST = "it_fast";
    static final Duration DEADLINE = Duration.ofSeconds(120);

    @ArquillianResource
    ManagementClient management;

    private String managementBase() {
        return "http://" + management.getMgmtAddress() + ":" + management.getMgmtPort();
    }

    @AfterEach
    void resume() {
        admin().contentType(ContentType.JSON).body("{}").post("/admin/backends/" + FAST + "/resume");
    }

    private String prometheus() {
        return RestAssured.given().baseUri(managementBase()).get("/prometheus").then().statusCode(200).extract().asString();
    }

    /**
     * The value of the sample of {@code name} that carries every one of {@code labels} (comma
     * separated; the server may add labels of its own), 0 when there is none.
     */
    static double sample(String text, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(text);
        while (m.find()) {
            List<String> have = List.of(m.group(1).split(","));
            if (have.containsAll(List.of(labels.split(",")))) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0.0;
    }

    @Test
    void thePrometheusEndpointCountsAScriptedWorkload() {
        Tenant t = newTenant("premium");
        JobsClient c = new JobsClient(apiBase(), t.apiKey());
        admin().contentType(ContentType.JSON).body(json(Map.of("reason", "ObservabilityIT"))).post("/admin/backends/" + FAST + "/pause")
                .then().statusCode(200);
        String before = prometheus();
        double queued0 = sample(before, "qrun_queue_length", "backend=\"" + FAST + "\"");
        double finished0 = sample(before, "qrun_jobs_finished_total", "backend=\"" + FAST + "\",status=\"Completed\"");
        double runs0 = sample(before, "qrun_job_run_seconds_count", "backend=\"" + FAST + "\"");
        double completed0 = sample(before, "qrun_jobs", "mode=\"job\",status=\"Completed\"");

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(c.submit(JobsClient.bell(FAST, 16, null)));
        }
        // the paused backend keeps them queued: the gauge shows exactly three more
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(500))
                .until(() -> sample(prometheus(), "qrun_queue_length", "backend=\"" + FAST + "\"") == queued0 + 3);

        admin().contentType(ContentType.JSON).body("{}").post("/admin/backends/" + FAST + "/resume").then().statusCode(200);
        for (String id : ids) {
            assertEquals("Completed", c.awaitFinal(id, DEADLINE).get("status"));
        }
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(500)).until(() -> {
            String after = prometheus();
            return sample(after, "qrun_jobs_finished_total", "backend=\"" + FAST + "\",status=\"Completed\"") == finished0 + 3
                    && sample(after, "qrun_queue_length", "backend=\"" + FAST + "\"") == queued0;
        });
        String after = prometheus();
        assertEquals(runs0 + 3, sample(after, "qrun_job_run_seconds_count", "backend=\"" + FAST + "\""), 0.0);
        assertTrue(sample(after, "qrun_jobs", "mode=\"job\",status=\"Completed\"") >= completed0 + 3, after);
        double utilization = sample(after, "qrun_qpu_utilization", "backend=\"" + FAST + "\"");
        assertTrue(utilization > 0 && utilization <= 1, "utilization " + utilization);
        assertTrue(after.contains("qrun_job_queue_wait_seconds_bucket{backend=\"" + FAST + "\""), "a histogram of queue waits");
    }

    @Test
    void readinessGoesDownWhenTheSchedulerStopsAndUpWhenItResumes() throws Exception {
        JsonPath ready = readiness();
        assertEquals("UP", ready.getString("status"), ready.prettify());
        assertEquals("UP", check(ready, "qrun-database"), ready.prettify());
        assertEquals("UP", check(ready, "qrun-scheduler"), ready.prettify());

        ModelNode timer = clockTimer();
        try {
            execute(timer, "suspend");
            await().atMost(DEADLINE).pollInterval(Duration.ofSeconds(1)).until(() -> "DOWN".equals(check(readiness(), "qrun-scheduler")));
            JsonPath down = readiness();
            assertEquals("DOWN", down.getString("status"));
            assertEquals("UP", check(down, "qrun-database"));
            String state = down.getString("checks.find { it.name == 'qrun-scheduler' }.data." + FAST);
            assertTrue(state.startsWith("no scheduling pass for "), state);
        } finally {
            execute(timer, "activate");
        }
        await().atMost(DEADLINE).pollInterval(Duration.ofSeconds(1)).until(() -> "UP".equals(readiness().getString("status")));
    }

    private JsonPath readiness() {
        // 503 while down: read the body whatever the status
        return RestAssured.given().baseUri(managementBase()).get("/health/ready").then().extract().jsonPath();
    }

    private static String check(JsonPath health, String name) {
        return health.getString("checks.find { it.name == '" + name + "' }.status");
    }

    /** The address of the SchedulerClock's one timer in the deployment's management model. */
    private ModelNode clockTimer() throws Exception {
        ModelNode service = new ModelNode();
        service.add("deployment", "qrun.war").add("subsystem", "ejb3").add("singleton-bean", "SchedulerClock")
                .add("service", "timer-service");
        ModelNode op = new ModelNode();
        op.get("operation").set("read-children-names");
        op.get("address").set(service);
        op.get("child-type").set("timer");
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), result.toString());
        List<ModelNode> timers = result.get("result").asList();
        assertEquals(1, timers.size(), "the clock has one timer: " + result);
        return service.clone().add("timer", timers.get(0).asString());
    }

    private void execute(ModelNode address, String operation) throws Exception {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        op.get("address").set(address);
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), operation + ": " + result);
    }
}
