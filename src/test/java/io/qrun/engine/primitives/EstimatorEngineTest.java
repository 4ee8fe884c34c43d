package io.qrun.engine.primitives;

import static io.qrun.engine.primitives.SamplerEngineTest.DEV;
import static io.qrun.engine.primitives.SamplerEngineTest.ENGINE;
import static io.qrun.engine.primitives.SamplerEngineTest.at;
import static io.qrun.engine.primitives.SamplerEngineTest.params;
import static io.qrun.engine.primitives.SamplerEngineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Estimator through the facade on noiseless backends. */
class EstimatorEngineTest {

    /** Qiskit's test Hamiltonian (test/python/primitives/test_statevector_estimator.py). */
    static final Map<String, Object> H2 = orderedMap(
            "II", -1.052373245772859, "IZ", 0.39793742484318045, "ZI", -0.39793742484318045,
            "ZZ", -0.01128010425623538, "XX", 0.18093119978423156);
    static final List<Object> THETA1 = List.of(0, 1, 1, 2, 3, 5);
    static final List<Object> THETA3 = List.of(1, 2, 3, 4, 5, 6);

    static Map<String, Object> orderedMap(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static Map<String, Object> exact(Object... pubs) {
        Map<String, Object> p = params(pubs);
        p.put("options", Map.of("default_precision", 0));
        return p;
    }

    @Test
    void h2AnsatzOracleFromQiskit() {
        Map<String, Object> result = run("estimator", exact(List.of(Circuits.REAL_AMPLITUDES_2Q, H2, THETA1)), DEV, 1);
        assertEquals(-1.284366511861733, (double) at(result, "results", 0, "data", "evs"), 1e-12);
        assertEquals(0.0, (double) at(result, "results", 0, "data", "stds"));
        assertEquals(0.0, (double) at(result, "results", 0, "data", "ensemble_standard_error"));
        assertEquals(0.0, (double) at(result, "results", 0, "metadata", "target_precision"));
        assertEquals(Map.of("version", 2), at(result, "metadata"));
        // barriers and final measurements change nothing: the Estimator ignores measurements
        Map<String, Object> barriers = run("estimator",
                exact(List.of(Circuits.REAL_AMPLITUDES_2Q_BARRIERS, H2, THETA1)), DEV, 1);
        assertEquals(-1.284366511861733, (double) at(barriers, "results", 0, "data", "evs"), 1e-12);
        // the dict form of the values binds the same parameters
        Map<String, Object> byName = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            byName.put("_θ_" + i + "_", THETA1.get(i));
        }
        Map<String, Object> dict = run("estimator", exact(List.of(Circuits.REAL_AMPLITUDES_2Q, H2, byName)), DEV, 1);
        assertEquals(-1.284366511861733, (double) at(dict, "results", 0, "data", "evs"), 1e-12);
    }

    @Test
    void observablesBroadcastAgainstParameterSets() {
        // observables shape (2, 1) x values shape (2,) -> (2, 2); Qiskit's H1 and H3 of the same test file
        Map<String, Object> h1 = orderedMap("II", 1, "IZ", 2, "XI", 3);
        Map<String, Object> h3 = orderedMap("ZI", 1, "ZZ", 1);
        Object observables = List.of(List.of(h1), List.of(h3));
        Map<String, Object> result = run("estimator",
                exact(List.of(Circuits.REAL_AMPLITUDES_2Q, observables, List.of(THETA1, THETA3))), DEV, 1);
        List<List<Double>> evs = at(result, "results", 0, "data", "evs");
        // reference values by direct statevector arithmetic (numpy); 1.5555572817900956 is also Qiskit's test value
        assertEquals(1.5555572817900956, evs.get(0).get(0), 1e-12);
        assertEquals(1.0656325933346837, evs.get(0).get(1), 1e-12);
        assertEquals(0.07535238795415417, evs.get(1).get(0), 1e-12);
        assertEquals(-1.0876631752254928, evs.get(1).get(1), 1e-12);
        List<List<Double>> stds = at(result, "results", 0, "data", "stds");
        assertEquals(List.of(List.of(0.0, 0.0), List.of(0.0, 0.0)), stds);
    }

    @Test
    void incompatibleShapesAreRejectedAtSubmission() {
        PrimitiveInputException e = assertThrows(PrimitiveInputException.class, () -> ENGINE.validate("estimator",
                exact(List.of(Circuits.REAL_AMPLITUDES_2Q, List.of("ZZ", "XX", "YY"), List.of(THETA1, THETA3))),
                SubmissionLimits.defaults()));
        assertEquals("params.pubs[0]", e.path());
        PrimitiveInputException width = assertThrows(PrimitiveInputException.class, () -> ENGINE.validate("estimator",
                exact(List.of(Circuits.BELL, "ZZ"), List.of(Circuits.BELL, List.of("ZZ", "ZZZ"))), SubmissionLimits.defaults()));
        assertEquals("params.pubs[1][1][1]", width.path());
    }

    @Test
    void bellZzIsExactlyOneAndShotNoiseStaysWithinFourStds() {
        Map<String, Object> exactResult = run("estimator", exact(List.of(Circuits.BELL, "ZZ")), DEV, 1);
        assertEquals(1.0, (double) at(exactResult, "results", 0, "data", "evs"), 1e-12);
        // default precision 0.015625 -> 4096 shots per term; <ZZ> = 1 has no shot noise at all
        Map<String, Object> noisy = run("estimator", params(List.of(Circuits.BELL, List.of("ZZ", "XX", "ZI"))), DEV, 5);
        List<Double> evs = at(noisy, "results", 0, "data", "evs");
        List<Double> stds = at(noisy, "results", 0, "data", "stds");
        assertEquals(1.0, evs.get(0), 1e-12);
        assertEquals(1.0, evs.get(1), 1e-12);
        assertEquals(0.0, stds.get(0), 1e-12);
        // <ZI> = 0 on a Bell state: the estimate has standard error 1/64 = 0.015625
        assertTrue(Math.abs(evs.get(2)) <= 4 * 0.015625, "ZI = " + evs.get(2));
        assertEquals(Math.sqrt((1 - evs.get(2) * evs.get(2)) / 4096), stds.get(2), 1e-15);
        assertEquals(4096, (int) at(noisy, "results", 0, "metadata", "shots"));
        assertEquals(0.015625, (double) at(noisy, "results", 0, "metadata", "target_precision"));
    }

    @Test
    void shotNoiseOfWeightedSumsAndItsStd() {
        // ry(1) |0>: <Z> = cos 1, <X> = sin 1. Precision 0.01 -> 10000 shots per term.
        String qasm = """
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[1] q;
                ry(1.0) q[0];
                """;
        Map<String, Object> obs = orderedMap("Z", 2.0, "X", -0.5);
        double exactValue = 2 * Math.cos(1) - 0.5 * Math.sin(1);
        Map<String, Object> result = run("estimator", params(List.of(qasm, obs, List.of(), 0.01)), DEV, 8);
        double ev = at(result, "results", 0, "data", "evs");
        double std = at(result, "results", 0, "data", "stds");
        double trueStd = Math.sqrt((4 * (1 - Math.cos(1) * Math.cos(1)) + 0.25 * (1 - Math.sin(1) * Math.sin(1))) / 10000);
        assertEquals(trueStd, std, 0.05 * trueStd); // the reported std uses the estimates, close to the true one
        assertTrue(Math.abs(ev - exactValue) <= 4 * trueStd, "ev " + ev + " vs " + exactValue);
        assertEquals(10000, (int) at(result, "results", 0, "metadata", "shots"));
    }

    @Test
    void reproducibleWithSeedEstimator() {
        Map<String, Object> p = params(List.of(Circuits.REAL_AMPLITUDES_2Q, H2, List.of(THETA1, THETA3)));
        assertEquals(run("estimator", p, DEV, 3), run("estimator", p, DEV, 3));
        Object a = at(run("estimator", p, DEV, 3), "results", 0, "data", "evs");
        Object b = at(run("estimator", p, DEV, 4), "results", 0, "data", "evs");
        assertFalse(a.equals(b));
        p.put("options", Map.of("seed_estimator", 17));
        assertEquals(17L, ENGINE.validate("estimator", p, SubmissionLimits.defaults()).requestedSeed());
    }

    @Test
    void physicalQubitLabelsMapThroughTheCircuitQubits() {
        String qasm = Circuits.GHZ_PHYSICAL.replace("c[0] = measure $40;\nc[1] = measure $41;\nc[2] = measure $42;\n", "");
        String zz4041 = "IZZ" + "I".repeat(40); // length 43: positions 40 and 41
        String z0 = "I".repeat(42) + "Z"; // qubit 0 is never touched: |0>, Z reads 1
        String x0 = "I".repeat(42) + "X"; // X on |0> averages 0
        String xxx = "XXX" + "I".repeat(40);
        String wide = "I".repeat(127);
        Map<String, Object> result = run("estimator", exact(List.of(qasm, List.of(zz4041, z0, x0, xxx, wide))), DEV, 1);
        List<Double> evs = at(result, "results", 0, "data", "evs");
        assertEquals(1.0, evs.get(0), 1e-12);
        assertEquals(1.0, evs.get(1), 1e-12);
        assertEquals(0.0, evs.get(2), 1e-12);
        assertEquals(1.0, evs.get(3), 1e-12); // GHZ: <XXX> = 1
        assertEquals(1.0, evs.get(4), 1e-12);
        // wider than the circuit is fine, wider than the backend is not
        JobSpec tooWide = ENGINE.validate("estimator", exact(List.of(qasm, "I".repeat(128))), SubmissionLimits.defaults());
        PubExecutionException e = assertThrows(PubExecutionException.class,
                () -> ENGINE.prepare(tooWide, 0, DEV, TimeModelSettings.defaults()));
        assertTrue(e.getMessage().contains("has 127"), e.getMessage());
        // narrower than the highest used qubit is an input error
        PrimitiveInputException narrow = assertThrows(PrimitiveInputException.class,
                () -> ENGINE.validate("estimator", exact(List.of(qasm, "ZZ")), SubmissionLimits.defaults()));
        assertEquals("params.pubs[0][1]", narrow.path());
    }

    @Test
    void midCircuitMeasurementIsEstimatedFromShots() {
        // q1 copies the measured q0: ZZ = 1 on every shot, ZI averages 0
        String qasm = Circuits.FEED_FORWARD.replace("c[1] = measure q[1];\n", "");
        Map<String, Object> result = run("estimator", exact(List.of(qasm, List.of("ZZ", "ZI", "IZ"))), DEV, 2);
        List<Double> evs = at(result, "results", 0, "data", "evs");
        List<Double> stds = at(result, "results", 0, "data", "stds");
        assertEquals(1.0, evs.get(0), 1e-12);
        assertEquals(0.0, stds.get(0), 1e-12);
        // 4096 shots (a mixture has no exact single state): standard error 1/64
        assertTrue(Math.abs(evs.get(1)) <= 4 / 64.0, "ZI = " + evs.get(1));
        assertTrue(Math.abs(evs.get(2)) <= 4 / 64.0, "IZ = " + evs.get(2));
        assertEquals("measured", at(result, "results", 0, "metadata", "simulator", "method"));
    }

    @Test
    void noiselessBackendSaysResilienceWasNotApplied() {
        Map<String, Object> p = exact(List.of(Circuits.BELL, "ZZ"));
        p.put("resilience_level", 2);
        Map<String, Object> result = run("estimator", p, DEV, 1);
        Map<String, Object> resilience = at(result, "results", 0, "metadata", "resilience");
        assertEquals(false, resilience.get("applied"));
        assertEquals(2, resilience.get("resilience_level"));
        assertTrue(((String) resilience.get("reason")).contains("noiseless"), resilience.toString());
    }

    @Test
    void optionsWithoutEffectAreReportedInTheJobMetadata() {
        Map<String, Object> p = exact(List.of(Circuits.BELL, "ZZ"));
        p.put("options", Map.of("default_precision", 0, "twirling", Map.of("enable_gates", true)));
        Map<String, Object> result = run("estimator", p, DEV, 1);
        List<String> notApplied = at(result, "metadata", "options_not_applied");
        assertEquals(1, notApplied.size());
        assertTrue(notApplied.get(0).startsWith("params.options.twirling"), notApplied.toString());
    }
}
