package io.qrun.api.backends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.application.json.JsonTrees;
import io.qrun.application.backends.TimelineEntry;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.backend.BackendCalibration;
import io.qrun.engine.target.GateProperties;
import io.qrun.domain.backend.QubitCalibration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackendJsonTest {

    private static final Instant CALIBRATED = Instant.parse("2026-11-27T12:00:00Z");
    private static final Instant ONLINE = Instant.parse("2026-01-05T08:00:00Z");

    private static Backend twoQubitQpu() {
        BackendCalibration cal = new BackendCalibration(
                List.of(new QubitCalibration(120e-6, 80e-6, 0.01, 0.03, 700e-9, 5.1e9),
                        new QubitCalibration(100e-6, 90e-6, 0.02, 0.02, 700e-9, 0)),
                List.of(new GateProperties("sx", new int[] {0}, 2.5e-4, 35.5e-9),
                        new GateProperties("ecr", new int[] {0, 1}, 7e-3, 660e-9)),
                CALIBRATED);
        return new Backend("qrun_pair", 2, false, false, true, false, List.of("ecr", "rz", "sx"),
                List.of(new int[] {0, 1}), cal, 2.2222222222222221e-10, 1e-3, 0.5, 250e-6, 0, 0, "Eagle r3", 20000,
                "1.2.3");
    }

    @Test
    void configurationUsesTheMirroredServicesNamesAndUnits() {
        Map<String, Object> c = BackendJson.configuration(twoQubitQpu(), 300, ONLINE);
        assertEquals("qrun_pair", c.get("backend_name"));
        assertEquals("1.2.3", c.get("backend_version"));
        assertEquals(2, c.get("n_qubits"));
        assertEquals(List.of("ecr", "rz", "sx"), c.get("basis_gates"));
        assertEquals("[[0,1]]", JsonTrees.write(c.get("coupling_map")));
        assertEquals("[{\"name\":\"ecr\",\"parameters\":[],"
                + "\"qasm_def\":\"gate ecr a, b { rzx(pi/4) a, b; x a; rzx(-pi/4) a, b; }\",\"coupling_map\":[[0,1]]},"
                + "{\"name\":\"rz\",\"parameters\":[\"theta\"],\"qasm_def\":\"gate rz(theta) a { U(0, 0, theta) a; }\","
                + "\"coupling_map\":[[0],[1]]},"
                + "{\"name\":\"sx\",\"parameters\":[],\"qasm_def\":\"gate sx a { sdg a; h a; sdg a; }\","
                + "\"coupling_map\":[[0],[1]]}]", JsonTrees.write(c.get("gates")));
        assertEquals(ONLINE, c.get("online_date"));
        assertEquals(List.of("ecr", "rz", "sx", "measure", "reset", "delay", "barrier", "if_else"),
                c.get("supported_instructions"));
        assertEquals(20000, c.get("max_shots"));
        assertEquals(300, c.get("max_experiments"));
        assertEquals(false, c.get("simulator"));
        assertEquals(0.22222222222222221, (double) c.get("dt"), 1e-15);
        assertEquals(250.0, (double) c.get("default_rep_delay"), 1e-9);
        assertEquals(List.of(0.0, 500.0), c.get("rep_delay_range"));
        assertEquals(Map.of("family", "Eagle r3"), c.get("processor_type"));
    }

    @Test
    void permissiveBackendListsEveryStandardGateAndNoCouplingMap() {
        Backend b = new Backend("qrun_sim", 3, true, true, false, false, List.of(), List.of(),
                new BackendCalibration(List.of(), List.of(), CALIBRATED), 1e-9, 0, 0, 250e-6, 0, 0, null, 100000, "1.0.0");
        Map<String, Object> c = BackendJson.configuration(b, 300, ONLINE);
        assertNull(c.get("coupling_map"));
        List<?> basis = (List<?>) c.get("basis_gates");
        assertTrue(basis.containsAll(List.of("cx", "h", "rz", "ecr", "u3", "cswap")));
        assertFalse(basis.contains("gphase"));
        assertFalse(c.containsKey("processor_type"));
        Map<?, ?> cx = (Map<?, ?>) ((List<?>) c.get("gates")).stream().filter(g -> "cx".equals(((Map<?, ?>) g).get("name")))
                .findFirst().orElseThrow();
        assertFalse(cx.containsKey("coupling_map"));
        // every listed gate has a definition whose parameters are the ones the configuration names
        for (Object g : (List<?>) c.get("gates")) {
            Map<?, ?> gate = (Map<?, ?>) g;
            String def = (String) gate.get("qasm_def");
            List<?> params = (List<?>) gate.get("parameters");
            String head = "gate " + gate.get("name") + (params.isEmpty() ? " " : "(" + String.join(", ", params.stream().map(Object::toString).toList()) + ") ");
            assertTrue(def != null && def.startsWith(head), gate.get("name") + ": " + def);
        }
    }

    @Test
    void propertiesCoverEveryBasisGateOnEveryQubitAndCoupledPairWithTheEnginesDefaults() {
        Map<String, Object> p = BackendJson.properties(twoQubitQpu(), "c-test");
        List<String> entries = ((List<?>) p.get("gates")).stream().map(g -> (String) ((Map<?, ?>) g).get("name")).toList();
        // sx0 and ecr0_1 are calibrated; sx1, rz0, rz1 are what the engine runs uncalibrated
        assertEquals(List.of("sx0", "ecr0_1", "rz0", "rz1", "sx1"), entries);
        Map<?, ?> rz1 = (Map<?, ?>) ((List<?>) p.get("gates")).get(3);
        List<?> params = (List<?>) rz1.get("parameters");
        assertProperty(params.get(0), "gate_error", "", 0.0);
        assertProperty(params.get(1), "gate_length", "ns", GateProperties.DEFAULT_ONE_QUBIT_LENGTH_SECONDS * 1e9);
    }

    @Test
    void propertiesCarryUnitsAndTheCalibrationDate() {
        Map<String, Object> p = BackendJson.properties(twoQubitQpu(), "c-test");
        assertEquals(CALIBRATED, p.get("last_update_date"));
        assertEquals(List.of(), p.get("general"));
        List<?> q0 = (List<?>) ((List<?>) p.get("qubits")).get(0);
        assertProperty(q0.get(0), "T1", "us", 120.0);
        assertProperty(q0.get(1), "T2", "us", 80.0);
        assertProperty(q0.get(2), "frequency", "GHz", 5.1);
        assertProperty(q0.get(3), "readout_error", "", 0.02);
        assertProperty(q0.get(4), "prob_meas0_prep1", "", 0.03);
        assertProperty(q0.get(5), "prob_meas1_prep0", "", 0.01);
        assertProperty(q0.get(6), "readout_length", "ns", 700.0);
        List<?> q1 = (List<?>) ((List<?>) p.get("qubits")).get(1);
        assertEquals(6, q1.size(), "no frequency entry when the frequency is unknown");
        Map<?, ?> ecr = (Map<?, ?>) ((List<?>) p.get("gates")).get(1);
        assertEquals("ecr", ecr.get("gate"));
        assertEquals("ecr0_1", ecr.get("name"));
        assertEquals("[0,1]", JsonTrees.write(ecr.get("qubits")));
        List<?> params = (List<?>) ecr.get("parameters");
        assertProperty(params.get(0), "gate_error", "", 7e-3);
        assertProperty(params.get(1), "gate_length", "ns", 660.0);
    }

    private static void assertProperty(Object o, String name, String unit, double value) {
        Map<?, ?> m = (Map<?, ?>) o;
        assertEquals(name, m.get("name"));
        assertEquals(unit, m.get("unit"));
        assertEquals(value, (double) m.get("value"), 1e-9 * Math.max(1, Math.abs(value)));
        assertEquals(CALIBRATED, m.get("date"));
    }

    @Test
    void statusAndDeviceSayWhetherPaused() {
        Backend b = twoQubitQpu();
        assertEquals("{\"backend_name\":\"qrun_pair\",\"state\":true,\"status\":\"active\",\"message\":\"\","
                + "\"length_queue\":4,\"backend_version\":\"1.2.3\"}",
                JsonTrees.write(BackendJson.status(b, false, Optional.empty(), 4)));
        assertEquals("{\"backend_name\":\"qrun_pair\",\"state\":false,\"status\":\"paused\",\"message\":\"maintenance\","
                + "\"length_queue\":0,\"backend_version\":\"1.2.3\"}",
                JsonTrees.write(BackendJson.status(b, true, Optional.of("maintenance"), 0)));
        assertEquals("{\"name\":\"qrun_pair\",\"status\":{\"name\":\"paused\",\"reason\":\"maintenance\"},"
                + "\"is_simulator\":false,\"qubits\":2,\"queue_length\":1,\"processor_type\":{\"family\":\"Eagle r3\"}}",
                JsonTrees.write(BackendJson.device(b, true, Optional.of("maintenance"), 1)));
    }

    @Test
    void timelineOmitsAbsentIds() {
        List<Object> t = TimelineJson.timeline(List.of(
                new TimelineEntry(CALIBRATED, CALIBRATED.plusSeconds(2), "job", "j1", null, "job", "i1"),
                new TimelineEntry(CALIBRATED.plusSeconds(2), null, "calibration", null, null, null, null)));
        assertEquals("[{\"start\":\"2026-11-27T12:00:00Z\",\"end\":\"2026-11-27T12:00:02Z\",\"kind\":\"job\","
                + "\"job_id\":\"j1\",\"mode\":\"job\",\"instance\":\"i1\"},"
                + "{\"start\":\"2026-11-27T12:00:02Z\",\"end\":null,\"kind\":\"calibration\"}]", JsonTrees.write(t));
    }
}
