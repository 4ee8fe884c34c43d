package io.qrun.it.jobs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.it.QrunIT;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

/**
 * What an operator's monitoring sees on the management interface (configure-observability.cli):
 * readiness goes down when a backend's scheduler stops working (its clock timer suspended through
 * the management API) and up again when it resumes; Qrun's meters in the Prometheus endpoint count
 * a scripted workload exactly; qrun.log's lines carry the job and session ids.
 */
@RunAsClient
class ObservabilityIT extends QrunIT {

    static final String FAST = "it_fast";
    /** Used by this class alone, so its meters and its timeline hold exactly what the test ran. */
    static final String METRICS = "it_metrics";
    static final String CALIBRATED = "it_calibrated";
    static final Duration DEADLINE = Duration.ofSeconds(120);
    /** The window of the QPU gauges (ClusterSnapshot.WINDOW). */
    static final double WINDOW_SECONDS = 300;

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

    /**
     * Job-mode jobs, a session's and a batch's jobs, and a job cancelled while queued, on a backend
     * no other test uses: the counters and timers grow by exactly what ran, the gauges read the
     * database (queue, workloads, the QPU's held and idle seconds against the timeline), and the
     * jobs' lines in qrun.log carry their job and session ids.
     */
    @Test
    void metersCountAScriptedWorkloadAndLogLinesCarryTheIds() throws Exception {
        PrometheusScrape before = scrape();
        JobsClient c = new JobsClient(apiBase(), newTenant("premium").apiKey());

        List<String> jobMode = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = c.submit(JobsClient.bell(METRICS, 20, null));
            jobMode.add(id);
            assertCompleted(c.awaitFinal(id, DEADLINE));
        }
        String session = createWorkload(c, "dedicated");
        List<String> sessionJobs = List.of(c.submit(inWorkload(session)), c.submit(inWorkload(session)));
        for (String id : sessionJobs) {
            assertCompleted(c.awaitFinal(id, DEADLINE));
        }
        c.request().delete("/sessions/" + session + "/close").then().statusCode(204);
        String batch = createWorkload(c, "batch");
        List<String> batchJobs = List.of(c.submit(inWorkload(batch)), c.submit(inWorkload(batch)));
        for (String id : batchJobs) {
            assertCompleted(c.awaitFinal(id, DEADLINE));
        }
        c.request().delete("/sessions/" + batch + "/close").then().statusCode(204);

        // paused, the backend starts nothing: the job waits in the queue until cancelled
        String cancelled;
        setPaused(METRICS, true);
        try {
            cancelled = c.submit(JobsClient.bell(METRICS, 20, null));
            awaitGauge("qrun_queue_length", Map.of("backend", METRICS), 1.0);
            c.cancel(cancelled).then().statusCode(204);
            assertEquals("Cancelled", c.awaitFinal(cancelled, DEADLINE).get("status"));
            awaitGauge("qrun_queue_length", Map.of("backend", METRICS), 0.0);
        } finally {
            setPaused(METRICS, false);
        }

        PrometheusScrape after = scrape();
        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("job/Queued", 4.0);
        expected.put("job/Running", 3.0);
        expected.put("job/Completed", 3.0);
        expected.put("job/Cancelled", 1.0);
        expected.put("job/Failed", 0.0);
        for (String mode : List.of("dedicated", "batch")) {
            expected.put(mode + "/Queued", 2.0);
            expected.put(mode + "/Running", 2.0);
            expected.put(mode + "/Completed", 2.0);
            expected.put(mode + "/Cancelled", 0.0);
        }
        expected.forEach((modeStatus, n) -> {
            String[] ms = modeStatus.split("/");
            Map<String, String> labels = Map.of("backend", METRICS, "mode", ms[0], "status", ms[1]);
            assertEquals(n, after.value("qrun_jobs_total", labels) - before.value("qrun_jobs_total", labels),
                    "qrun_jobs_total " + labels);
        });
        for (Map.Entry<String, Double> started : Map.of("job", 3.0, "dedicated", 2.0, "batch", 2.0).entrySet()) {
            Map<String, String> labels = Map.of("backend", METRICS, "mode", started.getKey());
            for (String timer : List.of("qrun_job_queue_wait_seconds", "qrun_job_run_seconds")) {
                assertEquals(started.getValue(), after.value(timer + "_count", labels) - before.value(timer + "_count", labels),
                        timer + "_count " + labels);
                assertTrue(after.value(timer + "_sum", labels) > before.value(timer + "_sum", labels), timer + "_sum " + labels);
                // the buckets beside the timer: +Inf counts every recording, and they never decrease with le
                Map<String, String> inf = new java.util.HashMap<>(labels);
                inf.put("le", "+Inf");
                assertEquals(started.getValue(), after.value(timer + "_buckets_total", inf)
                        - before.value(timer + "_buckets_total", inf), timer + "_buckets_total " + inf);
                double previous = 0;
                for (String le : List.of("0.005", "0.1", "1", "10", "60", "3600", "+Inf")) {
                    Map<String, String> bucket = new java.util.HashMap<>(labels);
                    bucket.put("le", le);
                    double count = after.value(timer + "_buckets_total", bucket);
                    assertTrue(count >= previous, timer + " bucket le=" + le + ": " + count + " < " + previous);
                    previous = count;
                }
            }
        }

        // gauges: read from the database (cached for a few seconds)
        for (String mode : List.of("dedicated", "batch")) {
            awaitGauge("qrun_workloads", Map.of("backend", METRICS, "mode", mode, "state", "closed"), 1.0);
            PrometheusScrape now = scrape();
            for (String state : List.of("open", "active", "inactive")) {
                assertEquals(0.0, now.existing("qrun_workloads", Map.of("backend", METRICS, "mode", mode, "state", state)),
                        mode + " " + state);
            }
        }
        assertQpuGaugesMatchTheTimeline();

        assertLogged(jobMode.get(0), null, "Job Queued on " + METRICS + " (mode job)", "Job Running (was Queued)",
                "Job Completed (was Running)");
        assertLogged(sessionJobs.get(1), session, "Job Queued on " + METRICS + " (mode dedicated)",
                "Job Completed (was Running)");
        assertLogged(batchJobs.get(0), batch, "Job Queued on " + METRICS + " (mode batch)", "Job Completed (was Running)");
        assertLogged(cancelled, null, "Job Cancelled (was Queued)");
    }

    /**
     * The calibrations counter grows by exactly the calibrations that ended: counted between two
     * moments when the backend is paused and no calibration is under way (a paused backend starts
     * none), with calibrations (every 4 s, for 1 s) running in between.
     */
    @Test
    void calibrationsCounterCountsTheCalibrationsThatEnded() {
        Map<String, String> labels = Map.of("backend", CALIBRATED);
        setPaused(CALIBRATED, true);
        try {
            awaitNoCalibrationUnderWay();
            double counted = scrape().value("qrun_calibrations_total", labels);
            long ended = endedCalibrations();
            setPaused(CALIBRATED, false);
            await().atMost(DEADLINE).pollInterval(Duration.ofMillis(500))
                    .until(() -> scrape().value("qrun_calibrations_total", labels) >= counted + 2);
            setPaused(CALIBRATED, true);
            awaitNoCalibrationUnderWay();
            long endedSince = endedCalibrations() - ended;
            assertTrue(endedSince >= 2, "calibrations ended: " + endedSince);
            // the counter counts right after the commit that ended the calibration: allow it that instant
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertEquals((double) endedSince, scrape().value("qrun_calibrations_total", labels) - counted));
        } finally {
            setPaused(CALIBRATED, false);
        }
    }

    private void assertQpuGaugesMatchTheTimeline() {
        List<Map<String, Object>> timeline = admin().get("/backends/" + METRICS + "/timeline").then().statusCode(200)
                .extract().jsonPath().getList("");
        Map<String, Double> held = new LinkedHashMap<>(Map.of("job", 0.0, "session_idle", 0.0, "calibration", 0.0));
        for (Map<String, Object> i : timeline) {
            assertTrue(i.get("end") != null, "every interval has ended: " + i);
            double seconds = Duration.between(Instant.parse((String) i.get("start")), Instant.parse((String) i.get("end")))
                    .toNanos() / 1e9;
            held.merge((String) i.get("kind"), seconds, Double::sum);
        }
        assertTrue(held.get("job") > 0 && held.get("session_idle") > 0, held.toString());
        double total = held.values().stream().mapToDouble(Double::doubleValue).sum();
        // the timeline's times are whole milliseconds: allow one per interval end
        double tolerance = 0.002 * timeline.size() + 1e-9;
        // the gauges are read again once their snapshot is older than a few seconds
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            PrometheusScrape now = scrape();
            for (Map.Entry<String, Double> kind : held.entrySet()) {
                assertEquals(kind.getValue(), now.existing("qrun_qpu_held_seconds", Map.of("backend", METRICS, "kind", kind.getKey())),
                        tolerance, "held by " + kind.getKey());
            }
            assertEquals(WINDOW_SECONDS - total, now.existing("qrun_qpu_idle_seconds", Map.of("backend", METRICS)), tolerance);
            assertEquals(total / WINDOW_SECONDS, now.existing("qrun_qpu_utilization", Map.of("backend", METRICS)),
                    tolerance / WINDOW_SECONDS);
        });
    }

    /** Every line in qrun.log about the job is in its context, and the expected lines are there. */
    private void assertLogged(String jobId, String sessionId, String... messages) {
        String context = "[job=" + jobId + " session=" + (sessionId == null ? "" : sessionId) + "] ";
        Path log = Path.of(System.getProperty("qrun.it.jboss.home"), "standalone", "log", "qrun.log");
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            List<String> lines = linesAbout(log, jobId);
            for (String message : messages) {
                assertTrue(lines.contains(context + message), "no line \"" + context + message + "\" in " + lines);
            }
        });
    }

    /** What follows the thread name on the lines that carry the job's id. */
    private static List<String> linesAbout(Path log, String jobId) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains("[job=" + jobId + " "))
                .map(l -> l.substring(l.indexOf("[job="))).toList();
    }

    private void awaitGauge(String name, Map<String, String> labels, double value) {
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(500)).until(() -> scrape().existing(name, labels) == value);
    }

    private void awaitNoCalibrationUnderWay() {
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250)).until(() -> calibrationIntervals().stream()
                .allMatch(i -> i.get("end") != null));
    }

    private long endedCalibrations() {
        return calibrationIntervals().stream().filter(i -> i.get("end") != null).count();
    }

    private List<Map<String, Object>> calibrationIntervals() {
        List<Map<String, Object>> timeline = admin().get("/backends/" + CALIBRATED + "/timeline").then().statusCode(200)
                .extract().jsonPath().getList("");
        return timeline.stream().filter(i -> "calibration".equals(i.get("kind"))).toList();
    }

    private PrometheusScrape scrape() {
        return new PrometheusScrape(RestAssured.given().baseUri(managementBase()).get("/prometheus").then().statusCode(200)
                .extract().asString());
    }

    private String createWorkload(JobsClient c, String mode) {
        return c.request().body(json(Map.of("mode", mode, "backend", METRICS))).post("/sessions").then().statusCode(200)
                .extract().jsonPath().getString("id");
    }

    private static Map<String, Object> inWorkload(String workload) {
        Map<String, Object> body = JobsClient.bell(null, 20, null);
        body.remove("backend");
        body.put("session_id", workload);
        return body;
    }

    private void setPaused(String backend, boolean paused) {
        String body = paused ? json(Map.of("reason", "ObservabilityIT")) : "{}";
        admin().contentType(ContentType.JSON).body(body).post("/admin/backends/" + backend + (paused ? "/pause" : "/resume"))
                .then().statusCode(200);
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
