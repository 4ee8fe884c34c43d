package io.qrun.it.api;

import static io.qrun.it.api.ApiClient.expect;
import static io.qrun.it.api.Jobs.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.application.json.JsonTrees;
import io.qrun.api.json.Timestamps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Backends and Usage sections: what the API reports equals the IT backend file
 * (src/test/resources/it-backends.json), in the units of the mirrored service; the timeline shows
 * a completed job's QPU interval; usage grows after a job; the operator sees a queue in order.
 */
class BackendsIT extends ApiITBase {

    static final Duration DEADLINE = Duration.ofSeconds(60);

    private static ApiClient user;
    private static Map<String, Object> file;

    @BeforeEach
    void setUp() throws IOException {
        if (user == null) {
            user = operator().newTenant("premium", null);
            file = (Map<String, Object>) JsonTrees.parse(Files.readString(Path.of("src/test/resources/it-backends.json")));
        }
    }

    private static Map<String, Object> configured(String name) {
        for (Object b : (List<?>) file.get("backends")) {
            if (name.equals(((Map<?, ?>) b).get("name"))) {
                return (Map<String, Object>) b;
            }
        }
        throw new AssertionError("no backend " + name + " in it-backends.json");
    }

    @Test
    void listsEveryConfiguredBackend() {
        List<?> devices = (List<?>) expect(200, user.get("backends")).map().get("devices");
        List<?> configured = (List<?>) file.get("backends");
        assertEquals(configured.size(), devices.size());
        for (Object c : configured) {
            Map<?, ?> conf = (Map<?, ?>) c;
            Map<?, ?> device = (Map<?, ?>) devices.stream().filter(d -> conf.get("name").equals(((Map<?, ?>) d).get("name")))
                    .findFirst().orElseThrow(() -> new AssertionError("missing " + conf.get("name")));
            assertEquals(conf.get("num_qubits"), device.get("qubits"));
            assertEquals(conf.get("simulator"), device.get("is_simulator"));
            assertEquals("online", at(device, "status", "name"));
            assertTrue(((Number) device.get("queue_length")).intValue() >= 0);
        }
    }

    @Test
    void configurationEqualsTheFile() {
        Map<String, Object> conf = configured("it_noisy");
        Map<String, Object> c = expect(200, user.get("backends/it_noisy/configuration")).map();
        assertEquals("it_noisy", c.get("backend_name"));
        assertEquals(conf.get("version"), c.get("backend_version"));
        assertEquals(27L, c.get("n_qubits"));
        assertEquals(conf.get("basis_gates"), c.get("basis_gates"));
        assertEquals(conf.get("coupling_map"), c.get("coupling_map"));
        assertEquals(conf.get("max_shots"), c.get("max_shots"));
        assertEquals(false, c.get("simulator"));
        assertEquals(((Number) conf.get("dt")).doubleValue() * 1e9, ((Number) c.get("dt")).doubleValue(), 1e-12);
        assertEquals(250.0, ((Number) c.get("default_rep_delay")).doubleValue(), 1e-9);
        assertEquals(2, ((List<?>) c.get("rep_delay_range")).size());
        assertEquals(Map.of("family", "Falcon r5.11"), c.get("processor_type"));
        List<?> supported = (List<?>) c.get("supported_instructions");
        assertTrue(supported.containsAll(List.of("ecr", "id", "rz", "sx", "x", "measure", "reset", "delay", "barrier")));
        List<?> gates = (List<?>) c.get("gates");
        assertEquals(5, gates.size());
        Map<?, ?> ecr = (Map<?, ?>) gates.get(0);
        assertEquals("ecr", ecr.get("name"));
        assertEquals(List.of(), ecr.get("parameters"));
        assertEquals(conf.get("coupling_map"), ecr.get("coupling_map"));
        Map<?, ?> rz = (Map<?, ?>) gates.get(2);
        assertEquals("rz", rz.get("name"));
        assertEquals(List.of("theta"), rz.get("parameters"));
        assertEquals(27, ((List<?>) rz.get("coupling_map")).size());
        assertTrue(c.containsKey("max_experiments") && c.containsKey("conditional") && c.containsKey("memory")
                && c.containsKey("local"));
    }

    @Test
    void propertiesEqualTheFileInTheDocumentedUnits() {
        Map<String, Object> cal = at(configured("it_noisy"), "calibration");
        Map<String, Object> p = expect(200, user.get("backends/it_noisy/properties")).map();
        assertEquals("it_noisy", p.get("backend_name"));
        String lastUpdate = (String) p.get("last_update_date");
        assertTrue(lastUpdate.endsWith("Z"), lastUpdate);
        assertEquals(List.of(), p.get("general"));
        List<?> qubits = (List<?>) p.get("qubits");
        assertEquals(27, qubits.size());
        for (int q : new int[] {0, 13, 26}) {
            Map<?, ?> expected = at(cal, "qubits", q);
            List<?> props = (List<?>) qubits.get(q);
            assertProperty(props, "T1", "us", ((Number) expected.get("t1")).doubleValue() * 1e6);
            assertProperty(props, "T2", "us", ((Number) expected.get("t2")).doubleValue() * 1e6);
            assertProperty(props, "prob_meas1_prep0", "", ((Number) expected.get("prob_meas1_prep0")).doubleValue());
            assertProperty(props, "prob_meas0_prep1", "", ((Number) expected.get("prob_meas0_prep1")).doubleValue());
            assertProperty(props, "readout_error", "", (((Number) expected.get("prob_meas1_prep0")).doubleValue()
                    + ((Number) expected.get("prob_meas0_prep1")).doubleValue()) / 2);
            assertProperty(props, "readout_length", "ns", 800.0);
            assertProperty(props, "frequency", "GHz", ((Number) expected.get("frequency")).doubleValue() / 1e9);
        }
        Map<?, ?> ecr01 = (Map<?, ?>) ((List<?>) p.get("gates")).stream()
                .filter(g -> "ecr".equals(((Map<?, ?>) g).get("gate")) && List.of(0L, 1L).equals(((Map<?, ?>) g).get("qubits")))
                .findFirst().orElseThrow();
        assertProperty((List<?>) ecr01.get("parameters"), "gate_error", "", 0.008257);
        assertProperty((List<?>) ecr01.get("parameters"), "gate_length", "ns", 462.0);
    }

    private static void assertProperty(List<?> props, String name, String unit, double value) {
        Map<?, ?> p = (Map<?, ?>) props.stream().filter(x -> name.equals(((Map<?, ?>) x).get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + props));
        assertEquals(unit, p.get("unit"), name);
        assertEquals(value, ((Number) p.get("value")).doubleValue(), 1e-9 * Math.max(1, Math.abs(value)), name);
        assertNotNull(p.get("date"), name);
    }

    @Test
    void statusOfABackend() {
        Map<String, Object> s = expect(200, user.get("backends/it_fast/status")).map();
        assertEquals(true, s.get("state"));
        assertEquals("active", s.get("status"));
        assertEquals("1.0.0", s.get("backend_version"));
        assertTrue(((Number) s.get("length_queue")).intValue() >= 0);
        assertTrue(s.containsKey("message"));
    }

    @Test
    void unknownBackendIs404Everywhere() {
        for (String path : List.of("status", "configuration", "properties", "timeline")) {
            ApiClient.Reply r = expect(404, user.get("backends/no_such_backend/" + path));
            assertEquals("backend_not_found", r.errorCode(), path);
        }
    }

    @Test
    void timelineShowsACompletedJobsInterval() {
        Instant from = Instant.now().minusSeconds(1);
        String id = user.submit(Jobs.sampler("it_fast", Jobs.BELL_QASM3, 50, 3));
        assertCompleted(user.awaitFinal(id, DEADLINE));
        Instant to = Instant.now().plusSeconds(1);
        List<?> timeline = (List<?>) expect(200, user.get("backends/it_fast/timeline?from=" + Timestamps.format(from)
                + "&to=" + Timestamps.format(to))).json();
        Map<?, ?> interval = (Map<?, ?>) timeline.stream().filter(e -> id.equals(((Map<?, ?>) e).get("job_id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no interval of job " + id + " in " + timeline));
        assertEquals("job", interval.get("kind"));
        assertEquals(user.instanceId(), interval.get("instance"));
        Instant start = Timestamps.parse((String) interval.get("start"));
        Instant end = Timestamps.parse((String) interval.get("end"));
        assertFalse(end.isBefore(start));
        assertFalse(start.isBefore(from.minusMillis(1)));
        Map<String, Object> metrics = expect(200, user.get("jobs/" + id + "/metrics")).map();
        assertFalse(start.isBefore(Timestamps.parse(at(metrics, "timestamps", "created"))));
        // another instance sees that the QPU was busy, but not whose job it was
        ApiClient stranger = operator().newTenant("open", null);
        List<?> seen = (List<?>) expect(200, stranger.get("backends/it_fast/timeline?from=" + Timestamps.format(from)
                + "&to=" + Timestamps.format(to))).json();
        Map<?, ?> anonymous = (Map<?, ?>) seen.stream()
                .filter(e -> interval.get("start").equals(((Map<?, ?>) e).get("start"))).findFirst()
                .orElseThrow(() -> new AssertionError("the interval of job " + id + " is missing for another instance: " + seen));
        assertEquals("job", anonymous.get("kind"));
        assertEquals(interval.get("end"), anonymous.get("end"));
        assertFalse(anonymous.containsKey("job_id"), anonymous.toString());
        assertFalse(anonymous.containsKey("instance"), anonymous.toString());
        assertFalse(anonymous.containsKey("session_id"), anonymous.toString());
        assertEquals("Invalid query parameter 'from' = 'soon': expected an ISO-8601 timestamp such as "
                + "2026-01-31T12:00:00Z or a date such as 2026-01-31.",
                expect(400, user.get("backends/it_fast/timeline?from=soon")).errorMessage());
    }

    @Test
    void usageGrowsAfterAJob() {
        Map<String, Object> before = expect(200, user.get("instances/usage")).map();
        assertEquals(user.instanceId(), before.get("instance_id"));
        assertEquals("premium", before.get("plan_id"));
        assertEquals(false, before.get("usage_limit_reached"));
        assertTrue(((Map<?, ?>) before.get("usage_period")).containsKey("start_time"));
        assertTrue(before.containsKey("usage_allocation_seconds") && before.containsKey("usage_limit_seconds")
                && before.containsKey("usage_remaining_seconds"));
        double consumedBefore = ((Number) before.get("usage_consumed_seconds")).doubleValue();
        String id = user.submit(Jobs.sampler("it_fast", Jobs.BELL_QASM3, 2000, 3));
        Map<String, Object> job = user.awaitFinal(id, DEADLINE);
        double charged = ((Number) at(job, "usage", "qpu_charge_time_seconds")).doubleValue();
        assertTrue(charged > 0, "a QPU job is charged: " + job);
        double consumedAfter = ((Number) expect(200, user.get("instances/usage")).map().get("usage_consumed_seconds")).doubleValue();
        assertEquals(consumedBefore + charged, consumedAfter, 1e-6);
    }

    @Test
    void operatorSeesTheQueueInSchedulingOrder() {
        ApiClient operator = operator();
        expect(200, operator.post("admin/backends/it_slow/pause", Map.of("reason", "BackendsIT queue")));
        String first = null;
        String second = null;
        try {
            first = user.submit(Jobs.sampler("it_slow", Jobs.BELL_QASM3, 10, 1));
            second = user.submit(Jobs.sampler("it_slow", Jobs.BELL_QASM3, 10, 2));
            Map<String, Object> queue = expect(200, operator.get("admin/backends/it_slow/queue")).map();
            List<Object> ids = ((List<?>) queue.get("jobs")).stream().<Object>map(j -> ((Map<?, ?>) j).get("id")).toList();
            assertEquals(List.of(first, second), ids);
            assertEquals(2L, expect(200, user.get("backends/it_slow/status")).map().get("length_queue"));
            assertEquals("paused", at(expect(200, user.get("backends")).map(), "devices", 1, "status", "name"));
            assertEquals(false, expect(200, user.get("backends/it_slow/status")).map().get("state"));
        } finally {
            if (first != null) user.post("jobs/" + first + "/cancel", "");
            if (second != null) user.post("jobs/" + second + "/cancel", "");
            operator.post("admin/backends/it_slow/resume", "");
        }
        expect(404, operator.get("admin/backends/no_such_backend/queue"));
    }
}
