package io.qrun.engine.primitives;

import static io.qrun.engine.primitives.SamplerEngineTest.DEV;
import static io.qrun.engine.primitives.SamplerEngineTest.at;
import static io.qrun.engine.primitives.SamplerEngineTest.params;
import static io.qrun.engine.primitives.SamplerEngineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qrun.engine.target.Calibration;
import io.qrun.engine.target.QubitProperties;
import io.qrun.engine.target.Target;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * X, Y and Z eigenstates read through the measured path (a calibrated backend whose errors are all
 * zero: every shot is measured in the term's basis, so an eigenstate reads its eigenvalue on every
 * shot) agree exactly with the exact path.
 */
class BasisRotationTest {

    /** A calibrated backend without any error: noise is "simulated", yet nothing is random but the state. */
    static final Target PERFECT = new Target("perfect", 3, java.util.Set.of(), java.util.Set.of(), true,
            new Calibration(List.of(
                    new QubitProperties(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, 0, 1e-6),
                    new QubitProperties(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, 0, 1e-6),
                    new QubitProperties(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, 0, 1e-6)),
                    List.of(), 250e-6, Instant.parse("2026-11-27T00:00:00Z")), 0);

    /** q0 = |+>, q1 = |+i>, q2 = |1>: X0 = 1, Y1 = 1, Z2 = -1, and their product -1. */
    static final String EIGENSTATES = """
            OPENQASM 3.0;
            include "stdgates.inc";
            qubit[3] q;
            h q[0];
            h q[1];
            s q[1];
            x q[2];
            """;

    static final List<Object> LABELS = List.of("IIX", "IYI", "ZII", "ZYX", "IYX", "IIY", "IXI");
    static final List<Double> EXPECTED = List.of(1.0, 1.0, -1.0, -1.0, 1.0, 0.0, 0.0);

    @Test
    void exactPath() {
        Map<String, Object> p = params(List.of(EIGENSTATES, LABELS));
        p.put("options", Map.of("default_precision", 0));
        List<Double> evs = at(run("estimator", p, DEV, 1), "results", 0, "data", "evs");
        for (int i = 0; i < EXPECTED.size(); i++) {
            assertEquals(EXPECTED.get(i), evs.get(i), 1e-12, "label " + LABELS.get(i));
        }
    }

    @Test
    void measuredPathRotatesEachQubitIntoItsBasis() {
        Map<String, Object> p = params(List.of(EIGENSTATES, LABELS.subList(0, 5)));
        p.put("resilience_level", 0);
        Map<String, Object> result = run("estimator", p, PERFECT, 1);
        assertEquals("measured", at(result, "results", 0, "metadata", "simulator", "method"));
        List<Double> evs = at(result, "results", 0, "data", "evs");
        List<Double> stds = at(result, "results", 0, "data", "stds");
        for (int i = 0; i < 5; i++) {
            assertEquals(EXPECTED.get(i), evs.get(i), 1e-12, "label " + LABELS.get(i));
            assertEquals(0.0, stds.get(i), 1e-12, "label " + LABELS.get(i));
        }
    }

    @Test
    void openQasm2SamplerCircuit() {
        String qasm = """
                OPENQASM 2.0;
                include "qelib1.inc";
                qreg q[2];
                creg c[2];
                x q[1];
                measure q -> c;
                """;
        Map<String, Object> result = run("sampler", params(java.util.Arrays.asList(qasm, null, 3)), DEV, 1);
        assertEquals(List.of("0x2", "0x2", "0x2"), at(result, "results", 0, "data", "c", "samples"));
    }
}
