package io.qrun.engine.primitives;

import static io.qrun.engine.primitives.SamplerEngineTest.at;
import static io.qrun.engine.primitives.SamplerEngineTest.params;
import static io.qrun.engine.primitives.SamplerEngineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.target.Calibration;
import io.qrun.engine.target.GateProperties;
import io.qrun.engine.target.QubitProperties;
import io.qrun.engine.target.Target;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A noisy QPU backend: readout errors e0 = P(1|0) = 0.05, e1 = P(0|1) = 0.08 on both qubits and a
 * cx error of 0.1 (depolarizing lambda = 0.1 * 4/3). No T1/T2 decay, so the numbers below follow
 * from these two channels alone.
 *
 * <p>On the Bell state, ZZ = 1 ideally. Of the 16 two-qubit Paulis, 8 anticommute with ZZ, so one
 * noisy cx leaves <ZZ> = 1 - lambda = 0.8667; folding the cx k times gives (1 - lambda)^k:
 * 0.8667, 0.6507, 0.4888 at k = 1, 3, 5. Readout error maps each qubit's z to
 * (1 - e0 - e1) z + (e1 - e0) = 0.87 z + 0.03, so the unmitigated parity is about
 * 0.87^2 * 0.8667 + 0.03^2 = 0.657. Readout mitigation recovers 0.8667; linear extrapolation of
 * (1, 0.8667), (3, 0.6507), (5, 0.4888) to zero noise gives 13/12 * 0.8667 + 1/3 * 0.6507
 * - 5/12 * 0.4888 = 0.9522.
 *
 * <p>Bounds: 4096 shots per basis. The mitigated estimate's standard error is about
 * sqrt(1 - 0.66^2)/64 / 0.87^2 = 0.016; the ZNE estimate's about 0.02 (reported stds are checked
 * against these). Each expected value is asserted within 5 of its reported stds, and the gaps
 * between unmitigated, mitigated and ZNE values (0.21 and 0.085) are larger than 4 combined stds.
 */
class NoiseResilienceTest {

    static final double E0 = 0.05;
    static final double E1 = 0.08;
    static final double LAMBDA = 0.1 * 4 / 3;

    static final Target NOISY = new Target("noisy", 2, Set.of("h", "cx"), Set.of(List.of(0, 1)), false,
            new Calibration(
                    List.of(new QubitProperties(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, E0, E1, 1e-6),
                            new QubitProperties(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, E0, E1, 1e-6)),
                    List.of(new GateProperties("h", new int[] {0}, 0.0, 50e-9),
                            new GateProperties("cx", new int[] {0, 1}, 0.1, 300e-9)),
                    250e-6, Instant.parse("2026-11-27T00:00:00Z")),
            0);

    private static final String BELL_NO_MEASURE = Circuits.BELL.replace("c = measure q;\n", "");

    private static Map<String, Object> estimate(int level, long seed) {
        Map<String, Object> p = params(List.of(BELL_NO_MEASURE, "ZZ"));
        p.put("resilience_level", level);
        return run("estimator", p, NOISY, seed);
    }

    @Test
    void readoutMitigationAndZneMoveTowardTheIdealValue() {
        Map<String, Object> raw = estimate(0, 21);
        Map<String, Object> mitigated = estimate(1, 21);
        Map<String, Object> zne = estimate(2, 21);
        double rawEv = at(raw, "results", 0, "data", "evs");
        double mitEv = at(mitigated, "results", 0, "data", "evs");
        double zneEv = at(zne, "results", 0, "data", "evs");
        double rawStd = at(raw, "results", 0, "data", "stds");
        double mitStd = at(mitigated, "results", 0, "data", "stds");
        double zneStd = at(zne, "results", 0, "data", "stds");

        double z = 1 - E0 - E1;
        double c = E1 - E0;
        double depolarized = 1 - LAMBDA;
        // unmitigated: E[(z q0' )(z q1')] with q' = z*q + c per qubit, and <Z0> = <Z1> = 0 on the (noisy) Bell state
        double expectedRaw = z * z * depolarized + c * c;
        double expectedZne = 13.0 / 12 * depolarized + 1.0 / 3 * Math.pow(depolarized, 3) - 5.0 / 12 * Math.pow(depolarized, 5);

        assertEquals(expectedRaw, rawEv, 5 * rawStd, "unmitigated");
        assertEquals(depolarized, mitEv, 5 * mitStd, "readout-mitigated");
        assertEquals(expectedZne, zneEv, 5 * zneStd, "zero-noise extrapolated");
        assertTrue(Math.abs(1 - mitEv) < Math.abs(1 - rawEv), "mitigation must move toward 1");
        assertTrue(Math.abs(1 - zneEv) < Math.abs(1 - mitEv), "ZNE must move further toward 1");
        // the reported stds are the shot-noise errors derived above
        assertEquals(Math.sqrt(1 - expectedRaw * expectedRaw) / 64, rawStd, 0.1 * rawStd);
        assertEquals(0.016, mitStd, 0.004);
        assertEquals(0.02, zneStd, 0.006);

        Map<String, Object> meta = at(zne, "results", 0, "metadata", "resilience");
        assertEquals(true, meta.get("applied"));
        assertEquals(true, meta.get("measure_mitigation"));
        assertEquals(true, meta.get("zne_mitigation"));
        assertEquals(List.of(1, 3, 5), at(meta, "zne", "noise_factors"));
        assertEquals(false, at(raw, "results", 0, "metadata", "resilience", "applied"));
    }

    @Test
    void samplerSeesReadoutErrors() {
        // |00> read 4000 times: each bit reads 1 with probability e0 = 0.05
        String qasm = """
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[2] q;
                bit[2] c;
                c = measure q;
                """;
        Map<String, Object> result = run("sampler", params(List.of(qasm, List.of(), 4000)), NOISY, 3);
        List<String> samples = at(result, "results", 0, "data", "c", "samples");
        long clean = samples.stream().filter("0x0"::equals).count();
        // P(00) = (1 - e0)^2 = 0.9025: mean 3610, sd sqrt(4000 * 0.9025 * 0.0975) = 18.8, 5 sd = 94
        assertEquals(3610, clean, 94);
        assertEquals(true, at(result, "results", 0, "metadata", "simulator", "noise"));
    }

    @Test
    void noiseModelFalseRunsNoiselessAndSaysSo() {
        Map<String, Object> p = params(List.of(BELL_NO_MEASURE, "ZZ"));
        p.put("options", Map.of("default_precision", 0, "simulator", Map.of("noise_model", false)));
        Map<String, Object> result = run("estimator", p, NOISY, 1);
        assertEquals(1.0, (double) at(result, "results", 0, "data", "evs"), 1e-12);
        assertEquals(false, at(result, "results", 0, "metadata", "resilience", "applied"));
    }

    @Test
    void exactnessCannotBeAskedOfAMixture() {
        // precision 0 on a noisy backend: the value is measured with Qiskit's default 4096 shots, and says so
        Map<String, Object> p = params(List.of(BELL_NO_MEASURE, "ZZ", List.of(), 0));
        Map<String, Object> result = run("estimator", p, NOISY, 2);
        assertEquals(4096, (int) at(result, "results", 0, "metadata", "shots"));
        assertEquals(0.0, (double) at(result, "results", 0, "metadata", "target_precision"));
        assertEquals("measured", at(result, "results", 0, "metadata", "simulator", "method"));
        assertTrue((double) at(result, "results", 0, "data", "stds") > 0);
    }

    @Test
    void noisyResultsAreReproducible() {
        assertEquals(estimate(2, 5), estimate(2, 5));
    }

    @Test
    void sharedTrajectoriesReportTheirLargerError() {
        // A zero work budget forces 256 trajectories for 4096 shots: 16 shots share each noise draw.
        // On the noisy Bell state every trajectory is a ZZ eigenstate (+1 with probability 1 - lambda/2),
        // so the shots of one trajectory share its parity and the error of the mean is dominated by
        // the 256 draws: sqrt((1 - (1 - lambda)^2) / 256) = 0.0311 after mitigation (plus a little readout noise).
        PrimitiveEngine engine = new PrimitiveEngine(io.qrun.engine.sim.SimulatorConfig.defaults(), 28, 0);
        Map<String, Object> p = params(List.of(BELL_NO_MEASURE, "ZZ"));
        p.put("resilience_level", 1);
        JobSpec spec = engine.validate("estimator", p, SubmissionLimits.defaults());
        PubResult r = engine.execute(engine.prepare(spec, 0, NOISY, TimeModelSettings.defaults()), 4);
        double ev = at(r.json(), "data", "evs");
        double std = at(r.json(), "data", "stds");
        double clustered = Math.sqrt((1 - Math.pow(1 - LAMBDA, 2)) / 256);
        assertEquals(clustered, std, 0.2 * clustered);
        assertEquals(1 - LAMBDA, ev, 5 * std);
        assertEquals(256, EstimatorRunner.trajectories(new io.qrun.engine.sim.Program(2, 0, List.of(), false), 4096, 0));
        assertEquals(4096, EstimatorRunner.trajectories(new io.qrun.engine.sim.Program(2, 0, List.of(), false), 4096,
                EstimatorRunner.TRAJECTORY_WORK_BUDGET));
    }
}
