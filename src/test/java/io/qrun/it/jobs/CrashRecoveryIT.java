package io.qrun.it.jobs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.it.QrunIT;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server process is killed (SIGKILL: no graceful shutdown, no job listener, no flush) while
 * one job runs and another is queued, then started again with the very same command line. What
 * the database says must be repaired by {@code RestartRecovery} alone: the deadlines that passed
 * while the server was down take effect at start-up, dated at their stored time; the batch whose
 * execution was cut completes with its results (the node takes its jobs back); the queued job
 * survives and completes correctly. A second kill lands while a job computes: the restarted node
 * computes it again.
 *
 * <p>How the relaunched server ends: Arquillian's managed container only sends {@code :shutdown}
 * when the process it started is alive (CommonManagedDeployableContainer.stopInternal, WildFly
 * Arquillian 5.1) -- after the kill it is not, so Arquillian would leave our relaunched server
 * running. It cannot be stopped in an {@code @AfterAll} either: the test classes that run after
 * this one deploy to it. So a JVM shutdown hook of the failsafe JVM stops it when the whole suite
 * is over (after Arquillian's own stop, which is then a no-op).
 */
@RunAsClient
class CrashRecoveryIT extends QrunIT {

    static final String FAST = "it_fast";
    static final String BATCH = "it_batch";
    static final String SESSION = "it_session";
    static final String SIMULATOR = "it_simulator";
    /** The ripple circuit's width (it_simulator's) and length, see {@link #rippleCircuit}. */
    static final int QUBITS = 20;
    static final int RIPPLES = 400;

    /** Where the relaunched server writes its console (a pipe nobody reads would block it). */
    static final Path RELAUNCH_LOG = Path.of("target", "crash-restart-server.log");

    /** The server this class started; stopped by the shutdown hook at the end of the suite. */
    private static volatile Process relaunched;

    /** One hook stops whichever server was relaunched last (each test kills the one before). */
    private static final AtomicBoolean STOP_HOOK_ADDED = new AtomicBoolean();

    @ArquillianResource
    ManagementClient management;

    @AfterEach
    void resumeFast() {
        admin().contentType(ContentType.JSON).body("{}").post("/admin/backends/" + FAST + "/resume");
    }

    @Test
    void aKilledServerLosesNoJobAndAppliesTheDeadlinesThatPassedWhileItWasDown() throws Exception {
        Tenant t = newTenant("premium");
        JobsClient c = new JobsClient(apiBase(), t.apiKey());
        admin().contentType(ContentType.JSON).body(json(Map.of("reason", "CrashRecoveryIT")))
                .post("/admin/backends/" + FAST + "/pause").then().statusCode(200);
        String queued = c.submit(JobsClient.bell(FAST, 50, null));
        // a session whose max TTL (4 s) passes while the server is down
        String session = c.request().body(json(Map.of("mode", "dedicated", "backend", SESSION, "max_ttl", 4)))
                .post("/sessions").then().statusCode(200).extract().path("id");
        String sessionJob = c.submit(inWorkload(session));
        assertCompleted(c.awaitFinal(sessionJob, Duration.ofSeconds(60)));
        // a batch of two 3 s executions, killed during the first
        String batch = c.request().body(json(Map.of("mode", "batch", "backend", BATCH)))
                .post("/sessions").then().statusCode(200).extract().path("id");
        String first = c.submit(inWorkload(batch));
        String second = c.submit(inWorkload(batch));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> c.logs(first).contains("Quantum execution starts"));
        // The kill comes after the first job's result was stored (its execution spans are written
        // in the same transaction), during its modelled 3 s: such an execution ends at its stored
        // deadline. Killed before that, the job would be computed again after the restart and
        // hold the QPU until then, the later of the two ends (Executions.finishIfDue).
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                .until(() -> executionSpans(c, first) != null);
        // The kill must find the state on disk: PostgreSQL syncs every commit, and the H2
        // datasource runs with WRITE_DELAY=0 (configure-datasource-h2.cli) for the same reason.
        assertEquals("Running", c.status(first));

        killAndRelaunchServer();

        // the session's max TTL took effect at start-up, dated at its stored deadline
        Map<String, Object> s = c.request().get("/sessions/" + session).then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals("closed", s.get("state"));
        assertEquals("max TTL of 4 s reached", s.get("state_reason"));
        assertEquals(Instant.parse((String) s.get("started_at")).plusSeconds(4), Instant.parse((String) s.get("closed_at")));
        for (Map<String, Object> i : c.timeline(SESSION).stream().filter(i -> session.equals(i.get("session_id"))).toList()) {
            assertNotNull(i.get("end"), "the session holds the QPU no longer: " + i);
        }
        // both batch jobs end Completed with their results; none is run twice
        for (String id : List.of(first, second)) {
            Map<String, Object> job = c.awaitFinal(id, Duration.ofSeconds(120));
            assertEquals("Completed", job.get("status"), job.toString());
            assertBell(c, id, 20);
        }
        List<Map<String, Object>> runs = c.timeline(BATCH).stream().filter(i -> batch.equals(i.get("session_id"))).toList();
        assertEquals(2, runs.size(), runs.toString());
        // the first execution ended at its stored deadline although the server was dead then: its
        // interval is its modelled 3 s, not the downtime
        Map<String, Object> firstRun = runs.stream().filter(i -> first.equals(i.get("job_id"))).findFirst().orElseThrow();
        long held = Duration.between(Instant.parse((String) firstRun.get("start")), Instant.parse((String) firstRun.get("end")))
                .toMillis();
        assertTrue(held >= 3000 && held < 3100, "held " + held + " ms: " + firstRun);

        assertEquals("Queued", c.status(queued), "the queued job is still queued after the crash");
        admin().contentType(ContentType.JSON).body("{}").post("/admin/backends/" + FAST + "/resume")
                .then().statusCode(200);
        assertCompleted(c.awaitFinal(queued, Duration.ofSeconds(90)));
        assertBell(c, queued, 50);
    }

    /**
     * A job killed while its compute task runs has no result stored: the restarted node takes it
     * back and computes it again. The circuit is long (a ripple of {@value #RIPPLES} cx chains over
     * the simulator's 20 qubits, one pass over the state each), so the kill lands in its
     * computation, and its outcome is a single known bit string, so a recomputation that went
     * wrong cannot pass for a right one.
     */
    @Test
    void aJobKilledWhileItComputesIsComputedAgainAfterTheRestart() throws Exception {
        Tenant t = newTenant("premium");
        JobsClient c = new JobsClient(apiBase(), t.apiKey());
        Map<String, Object> body = JobsClient.bell(SIMULATOR, 30, null);
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) body.get("params");
        params.put("pubs", List.of(List.of(rippleCircuit())));
        String job = c.submit(body);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> c.logs(job).contains("Quantum execution starts"));
        assertEquals("Running", c.status(job));
        assertNull(executionSpans(c, job), "the kill must find the job computing, without a result");
        Instant killed = Instant.now();

        killAndRelaunchServer();

        Map<String, Object> done = c.awaitFinal(job, Duration.ofSeconds(300));
        assertEquals("Completed", done.get("status"), done.toString());
        String logs = c.logs(job);
        assertTrue(logs.contains("Taken over by node"), logs);
        // the result is the restarted node's: its only PUB's span began after the kill
        List<Map<String, Object>> spans = executionSpans(c, job);
        assertEquals(1, spans.size(), spans.toString());
        assertTrue(Instant.parse((String) spans.get(0).get("start")).isAfter(killed), spans + " after " + killed);
        assertEquals(Collections.nCopies(30, "0x" + Long.toHexString(rippleOutcome())), samples(c, job));
    }

    /** x on qubit 0, then {@value #RIPPLES} times cx(i, i+1) for i = 0..18, all qubits measured. */
    private static String rippleCircuit() {
        StringBuilder qasm = new StringBuilder("OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[" + QUBITS + "] q;\nbit["
                + QUBITS + "] c;\nx q[0];\n");
        for (int r = 0; r < RIPPLES; r++) {
            for (int i = 0; i + 1 < QUBITS; i++) {
                qasm.append("cx q[").append(i).append("], q[").append(i + 1).append("];\n");
            }
        }
        return qasm.append("c = measure q;\n").toString();
    }

    /** The ripple circuit's outcome, computed on bits: bit i of the result is qubit i. */
    private static long rippleOutcome() {
        long bits = 1;
        for (int r = 0; r < RIPPLES; r++) {
            for (int i = 0; i + 1 < QUBITS; i++) {
                bits ^= ((bits >> i) & 1) << (i + 1);
            }
        }
        return bits;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> executionSpans(JobsClient c, String id) {
        return (List<Map<String, Object>>) c.request().get("/jobs/" + id + "/metrics").then().statusCode(200).extract()
                .jsonPath().getMap("").get("execution_spans");
    }

    /** The samples of a sampler job's only PUB, whose classical register is {@code c}. */
    private static List<String> samples(JobsClient c, String id) {
        return c.request().get("/jobs/" + id + "/results").then().statusCode(200)
                .extract().jsonPath().getList("results[0].data.c.samples", String.class);
    }

    private static void assertBell(JobsClient c, String id, int shots) {
        List<String> samples = samples(c, id);
        assertEquals(shots, samples.size());
        assertEquals(List.of(), samples.stream().filter(x -> !x.equals("0x0") && !x.equals("0x3")).toList(),
                "a Bell state measures only 00 and 11");
    }

    private static Map<String, Object> inWorkload(String id) {
        Map<String, Object> body = JobsClient.bell(null, 20, null);
        body.remove("backend");
        body.put("session_id", id);
        return body;
    }

    /**
     * Reads the server's PID and full command line over its own management port (so it is this
     * suite's server, not another one on the machine), SIGKILLs it, starts the same command again
     * in the same directory with the same environment, and waits until the application answers.
     */
    private void killAndRelaunchServer() throws Exception {
        ModelNode op = Operations.createReadAttributeOperation(
                Operations.createAddress("core-service", "platform-mbean", "type", "runtime"), "name");
        ModelNode reply = management.getControllerClient().execute(op);
        assertTrue(Operations.isSuccessfulOutcome(reply), reply::toString);
        long pid = Long.parseLong(Operations.readResult(reply).asString().split("@")[0]);
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));

        // everything needed to start it again must be read before it dies
        List<String> command = commandLine(server);
        assertTrue(command.stream().anyMatch(a -> a.endsWith("jboss-modules.jar")),
                "PID " + pid + " is a WildFly server: " + command);
        Path workDir = procLink(pid, "cwd").orElse(Path.of(System.getProperty("qrun.it.jboss.home", ".")));
        Optional<Map<String, String>> environment = procEnvironment(pid);

        server.destroyForcibly(); // SIGKILL
        server.onExit().get(60, TimeUnit.SECONDS);
        assertFalse(server.isAlive());

        Files.createDirectories(RELAUNCH_LOG.getParent());
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(RELAUNCH_LOG.toFile()));
        environment.ifPresent(env -> {
            pb.environment().clear();
            pb.environment().putAll(env);
        });
        relaunched = pb.start();
        if (STOP_HOOK_ADDED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(CrashRecoveryIT::stopRelaunchedServer, "stop-relaunched-wildfly"));
        }

        // the management client reconnects here, before Arquillian needs it to undeploy
        ModelNode state = Operations.createReadAttributeOperation(new ModelNode().setEmptyList(), "server-state");
        await().atMost(Duration.ofSeconds(180)).pollDelay(Duration.ofSeconds(2)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> {
                    assertTrue(relaunched.isAlive(), "the relaunched server died, see " + RELAUNCH_LOG);
                    return "running".equals(Operations.readResult(management.getControllerClient().execute(state)).asString());
                });
        // the persistent deployment (standalone.xml + content repository) deploys again by itself
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> admin().get("/backends").statusCode() == 200);
    }

    /**
     * At the end of the failsafe JVM: SIGTERM (WildFly shuts down gracefully) is sent first, so
     * the server goes even if the JVM is halted while we wait; then a bounded wait, shorter than
     * failsafe's 30 s fork exit timeout, and SIGKILL as the last resort.
     */
    private static void stopRelaunchedServer() {
        Process p = relaunched;
        if (p == null || !p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(25, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** /proc/PID/cmdline keeps every argument exactly (spaces included); the JDK's view otherwise. */
    private static List<String> commandLine(ProcessHandle p) throws IOException {
        Path cmdline = Path.of("/proc", Long.toString(p.pid()), "cmdline");
        if (Files.isReadable(cmdline)) {
            List<String> args = nulSeparated(Files.readAllBytes(cmdline));
            if (!args.isEmpty()) {
                return args;
            }
        }
        ProcessHandle.Info info = p.info();
        List<String> args = new ArrayList<>();
        args.add(info.command().orElseThrow(() -> new AssertionError("no command of " + p.pid())));
        args.addAll(Arrays.asList(info.arguments().orElseThrow(() -> new AssertionError("no arguments of " + p.pid()))));
        return args;
    }

    private static Optional<Path> procLink(long pid, String name) {
        try {
            return Optional.of(Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), name)));
        } catch (IOException | UnsupportedOperationException notLinux) {
            return Optional.empty();
        }
    }

    private static Optional<Map<String, String>> procEnvironment(long pid) {
        try {
            Map<String, String> env = new HashMap<>();
            for (String kv : nulSeparated(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ")))) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    env.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            return env.isEmpty() ? Optional.empty() : Optional.of(env);
        } catch (IOException notLinux) {
            return Optional.empty(); // then the test JVM's environment, which the server inherited anyway
        }
    }

    private static List<String> nulSeparated(byte[] bytes) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                parts.add(new String(bytes, start, i - start, Charset.defaultCharset()));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            parts.add(new String(bytes, start, bytes.length - start, Charset.defaultCharset()));
        }
        return parts;
    }
}
