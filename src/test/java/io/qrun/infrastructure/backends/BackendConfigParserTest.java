package io.qrun.infrastructure.backends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.domain.backend.Backend;
import io.qrun.domain.backend.BackendCalibration;
import io.qrun.engine.target.GateProperties;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackendConfigParserTest {

    private static List<Backend> parse(String json) {
        return new BackendConfigParser("test.json").parse(new StringReader(json));
    }

    private static List<Backend> parseFile(String path) throws IOException {
        try (Reader r = Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8)) {
            return new BackendConfigParser(path).parse(r);
        }
    }

    @Test
    void shippedDefaultHasTheThreeBackends() throws IOException {
        List<Backend> all = parseFile("wildfly-config/qrun-backends.json");
        assertEquals(List.of("qrun_ideal", "qrun_falcon27", "qrun_simulator"), all.stream().map(Backend::name).toList());
        Backend ideal = all.get(0);
        assertTrue(ideal.permissive());
        assertFalse(ideal.noisy());
        assertFalse(ideal.simulator());
        assertEquals(32, ideal.numQubits());
        assertTrue(all.get(2).simulator());
    }

    @Test
    void falconHasTheHeavyHexCouplingMapInBothDirectionsAndItsCalibration() throws IOException {
        Backend falcon = parseFile("wildfly-config/qrun-backends.json").get(1);
        assertEquals(27, falcon.numQubits());
        assertEquals(List.of("ecr", "id", "rz", "sx", "x"), falcon.basisGates());
        // 28 undirected edges of the 27-qubit Falcon heavy-hex lattice, both directions
        assertEquals(56, falcon.couplingMap().size());
        Set<String> directed = new HashSet<>();
        falcon.couplingMap().forEach(p -> directed.add(p[0] + "-" + p[1]));
        for (int[] p : falcon.couplingMap()) {
            assertTrue(directed.contains(p[1] + "-" + p[0]), "reverse of " + p[0] + "-" + p[1]);
        }
        assertTrue(falcon.coupled(25, 26));
        assertFalse(falcon.coupled(0, 5));
        // every qubit has degree 1..3 in heavy-hex
        int[] degree = new int[27];
        falcon.couplingMap().forEach(p -> degree[p[0]]++);
        for (int d : degree) {
            assertTrue(d >= 1 && d <= 3, "degree " + d);
        }
        BackendCalibration cal = falcon.calibration();
        assertEquals(27, cal.qubits().size());
        for (var q : cal.qubits()) {
            assertTrue(q.t1Seconds() > 50e-6 && q.t1Seconds() < 150e-6, "T1 " + q.t1Seconds());
            assertTrue(q.t2Seconds() <= 2 * q.t1Seconds());
            assertTrue(q.readoutError() > 0.005 && q.readoutError() < 0.05);
        }
        GateProperties ecr = cal.gate("ecr", 0, 1).orElseThrow();
        assertEquals(ecr.error(), cal.gate("ecr", 1, 0).orElseThrow().error(), 0.0);
        assertTrue(ecr.error() > 3e-3 && ecr.error() < 1.5e-2);
        assertEquals(3.55e-8, cal.gate("sx", 13).orElseThrow().lengthSeconds(), 0.0);
        assertEquals(0.0, cal.gate("rz", 13).orElseThrow().error(), 0.0);
        // one entry per qubit for each 1-qubit gate, one per directed edge for ecr
        assertEquals(4 * 27 + 56, cal.gates().size());
        assertEquals(2.5e-4, falcon.defaultRepDelaySeconds(), 0.0);
    }

    @Test
    void itBackendsParse() throws IOException {
        List<Backend> all = parseFile("src/test/resources/it-backends.json");
        assertEquals(List.of("it_fast", "it_slow", "it_noisy", "it_simulator", "it_session", "it_metrics", "it_batch", "it_calibrated", "it_drifting", "it_queue"), all.stream().map(Backend::name).toList());
    }

    @Test
    void defaultsExpandToEveryQubit() {
        Backend b = parse("""
                {"backends": [{"name": "tiny", "num_qubits": 3, "basis_gates": ["cx", "sx"],
                  "coupling_map": [[0, 1], [1, 2]],
                  "calibration": {"qubit_defaults": {"t1": 5e-5, "t2": 6e-5, "prob_meas1_prep0": 0.01, "prob_meas0_prep1": 0.03},
                                  "qubits": [{"t1": 7e-5}],
                                  "gate_defaults": {"sx": {"error": 1e-4, "length": 3e-8}, "cx": {"error": 1e-2, "length": 4e-7}},
                                  "gates": [{"gate": "cx", "qubits": [1, 2], "error": 2e-2, "length": 5e-7}]}}]}
                """).get(0);
        BackendCalibration c = b.calibration();
        assertEquals(7e-5, c.qubit(0).t1Seconds(), 0.0);
        assertEquals(6e-5, c.qubit(0).t2Seconds(), 0.0);
        assertEquals(5e-5, c.qubit(2).t1Seconds(), 0.0);
        assertEquals(0.02, c.qubit(1).readoutError(), 1e-15);
        assertEquals(1e-2, c.gate("cx", 0, 1).orElseThrow().error(), 0.0);
        assertEquals(2e-2, c.gate("cx", 1, 2).orElseThrow().error(), 0.0);
        assertTrue(c.gate("cx", 2, 1).isEmpty());
        assertEquals(3 + 2, c.gates().size());
        assertEquals(Instant.EPOCH, c.lastUpdate());
    }

    @Test
    void calibrationSurvivesTheStorageRoundTrip() throws IOException {
        BackendCalibration c = parseFile("wildfly-config/qrun-backends.json").get(1).calibration()
                .withLastUpdate(Instant.parse("2026-01-02T03:04:05.678Z"));
        BackendCalibration back = CalibrationJson.read(CalibrationJson.write(c));
        assertEquals(c, back);
    }

    @Test
    void errorsNameTheFileThePathAndTheFix() {
        BackendConfigException e = assertThrows(BackendConfigException.class, () -> parse("""
                {"backends": [{"name": "a", "num_qubits": 2, "basis_gates": ["cx"], "coupling_map": [[0, 2]]}]}"""));
        assertEquals("test.json: backends[0].coupling_map[0] [0, 2] names a qubit outside 0..1 (num_qubits is 2)."
                + " See docs/backends.md for the format.", e.getMessage());

        e = assertThrows(BackendConfigException.class, () -> parse("""
                {"backends": [{"name": "a", "num_qubits": 2, "basis_gates": ["cnot"], "coupling_map": []}]}"""));
        assertTrue(e.getMessage().startsWith("test.json: backends[0].basis_gates[0] \"cnot\" is not a gate the engine knows"), e.getMessage());

        e = assertThrows(BackendConfigException.class, () -> parse("""
                {"backends": [{"name": "a", "num_qubits": 2, "permissive": true, "qubits": 3}]}"""));
        assertTrue(e.getMessage().startsWith("test.json: backends[0].qubits is not a known key"), e.getMessage());

        e = assertThrows(BackendConfigException.class, () -> parse("""
                {"backends": [{"name": "a", "num_qubits": 2, "permissive": true}, {"name": "a", "num_qubits": 3, "permissive": true}]}"""));
        assertTrue(e.getMessage().startsWith("test.json: backends[1].name \"a\" is used twice"), e.getMessage());

        e = assertThrows(BackendConfigException.class, () -> parse("""
                {"backends": [{"name": "a", "num_qubits": 2}]}"""));
        assertTrue(e.getMessage().startsWith("test.json: backends[0].basis_gates is missing"), e.getMessage());

        e = assertThrows(BackendConfigException.class, () -> parse("{\"backends\": [ {\"name\": }"));
        assertTrue(e.getMessage().startsWith("test.json: the file is not valid JSON at line 1, column"), e.getMessage());

        e = assertThrows(BackendConfigException.class, () -> parse("""
                {"backends": [{"name": "a", "num_qubits": 1, "permissive": true,
                  "calibration": {"qubit_defaults": {"t1": 1e-4, "t2": 3e-4}}}]}"""));
        assertTrue(e.getMessage().startsWith("test.json: backends[0].calibration.qubit_defaults.t2 is 3.0E-4 s but T2 cannot exceed 2*T1"), e.getMessage());
    }
}
