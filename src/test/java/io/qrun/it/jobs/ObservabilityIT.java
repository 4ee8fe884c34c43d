package io.qrun.it.jobs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;



import io.qrun.it.QrunIT;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

/**
 * What an operator's monitoring sees on the management interface (configure-observability.cli):
 * readiness goes down when a backend's scheduler stops working (its clock timer suspended through
 * the management API) and up again when it resumes.
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

    @Test
    void readinessGoesDownWhenTheSchedulerStopsAndUpWhenItResumes() throws Exception {
        // a busy machine may delay a pass past the allowance for a moment: wait for UP, then read it
        await().atMost(DEADLINE).pollInterval(Duration.ofSeconds(1)).until(() -> "UP".equals(readiness().getString("status")));
        JsonPath ready = readiness();
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
