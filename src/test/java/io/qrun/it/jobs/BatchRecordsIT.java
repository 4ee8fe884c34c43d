package io.qrun.it.jobs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.it.QrunIT;
import io.qrun.it.api.ApiClient;
import io.qrun.it.api.Jobs;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.dmr.ModelNode;
import org.jboss.dmr.Property;
import org.junit.jupiter.api.Test;

/**
 * What an operator finds of Qrun's batch job executions in the management model (the CLI's
 * {@code /deployment=qrun.war/subsystem=batch-jberet:read-resource(include-runtime=true,recursive=true)},
 * which the admin console shows): each execution's exit status names the Qrun job, its program,
 * backend and mode (with the batch id); and the records of ended executions are purged after the
 * retention (BatchRecordsPurge), here shortened at run time through system properties.
 */
@RunAsClient
class BatchRecordsIT extends QrunIT {

    static final Duration DEADLINE = Duration.ofSeconds(120);
    static final String RETENTION = "qrun.batch.records-retention-minutes";
    static final String INTERVAL = "qrun.batch.records-purge-interval-seconds";

    @ArquillianResource
    ManagementClient management;

    @Test
    void executionsNameTheirJobAndArePurgedAfterTheRetention() throws Exception {
        ApiClient user = ApiClient.admin(baseUrl).newTenant("premium", null);
        String jobModeJob = user.submit(Jobs.sampler("it_fast", Jobs.BELL_QASM3, 100, 1));
        Map<String, Object> batch = ApiClient.expect(200, user.post("sessions",
                Map.of("mode", "batch", "backend", "it_batch"))).map();
        String batchId = (String) batch.get("id");
        String batchJob = user.submit(Jobs.with(Jobs.sampler("it_batch", Jobs.BELL_QASM3, 100, 2), "session_id", batchId));
        assertCompleted(user.awaitFinal(jobModeJob, DEADLINE));
        assertCompleted(user.awaitFinal(batchJob, DEADLINE));

        String jobModeStatus = "qrun job " + jobModeJob + ": sampler on it_fast, job";
        String batchStatus = "qrun job " + batchJob + ": sampler on it_batch, batch " + batchId;
        // the batch execution may still be finishing its last step when the job is Completed
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(500)).until(() ->
                execution(jobModeStatus).map(e -> e.get("batch-status").asString()).orElse("").equals("COMPLETED")
                        && execution(batchStatus).map(e -> e.get("batch-status").asString()).orElse("").equals("COMPLETED"));
        ModelNode e = execution(jobModeStatus).orElseThrow();
        assertTrue(e.hasDefined("end-time") && e.hasDefined("start-time"), e.toString());

        try {
            setSystemProperty(RETENTION, "0");
            setSystemProperty(INTERVAL, "1");
            await().atMost(DEADLINE).pollInterval(Duration.ofSeconds(1)).until(() ->
                    execution(jobModeStatus).isEmpty() && execution(batchStatus).isEmpty());
        } finally {
            removeSystemProperty(RETENTION);
            removeSystemProperty(INTERVAL);
        }
        // the Qrun job keeps everything a user sees
        assertEquals("Completed", ApiClient.expect(200, user.get("jobs/" + jobModeJob)).map().get("status"));
        assertEquals(200, user.get("jobs/" + jobModeJob + "/results").status());
    }

    /** The qrun-primitive execution whose exit status is {@code exitStatus}, as the CLI reads it. */
    private Optional<ModelNode> execution(String exitStatus) throws Exception {
        ModelNode op = new ModelNode();
        op.get("operation").set("read-resource");
        op.get("address").add("deployment", "qrun.war").add("subsystem", "batch-jberet");
        op.get("include-runtime").set(true);
        op.get("recursive").set(true);
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), result.toString());
        ModelNode executions = result.get("result", "job", "qrun-primitive", "execution");
        if (!executions.isDefined()) {
            return Optional.empty();
        }
        for (Property p : executions.asPropertyList()) {
            if (exitStatus.equals(p.getValue().get("exit-status").asString(""))) {
                return Optional.of(p.getValue());
            }
        }
        return Optional.empty();
    }

    private void setSystemProperty(String name, String value) throws Exception {
        removeSystemProperty(name);
        ModelNode op = new ModelNode();
        op.get("operation").set("add");
        op.get("address").add("system-property", name);
        op.get("value").set(value);
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), result.toString());
    }

    private void removeSystemProperty(String name) throws Exception {
        ModelNode op = new ModelNode();
        op.get("operation").set("remove");
        op.get("address").add("system-property", name);
        management.getControllerClient().execute(op);
    }
}
