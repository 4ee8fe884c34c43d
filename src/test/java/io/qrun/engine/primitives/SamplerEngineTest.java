package io.qrun.engine.primitives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.sim.SimulatorConfig;
import io.qrun.engine.target.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Sampler through the facade: validate, prepare, execute, assemble. */
class SamplerEngineTest {

    static final PrimitiveEngine ENGINE = new PrimitiveEngine(SimulatorConfig.defaults(), 28);
    static final Target DEV = Target.permissive("dev", 127);

    /** Runs a whole job on {@code target} with {@code seed} and returns its result JSON. */
    static Map<String, Object> run(String programId, Map<String, Object> params, Target target, long seed) {
        JobSpec spec = ENGINE.validate(programId, params, SubmissionLimits.defaults());
        List<PubResult> results = new ArrayList<>();
        for (int i = 0; i < spec.numPubs(); i++) {
            PreparedPub p = ENGINE.prepare(spec, i, target, TimeModelSettings.defaults());
            results.add(ENGINE.execute(p, seed));
        }
        return ENGINE.assemble(spec, results, Map.of("execution_spans", List.of()));
    }

    static Map<String, Object> params(Object... pubs) {
        return new java.util.LinkedHashMap<>(Map.of("pubs", List.of(pubs), "version", 2));
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Object json, Object... path) {
        Object o = json;
        for (Object p : path) {
            o = p instanceof Integer i ? ((List<Object>) o).get(i) : ((Map<String, Object>) o).get(p);
        }
        return (T) o;
    }

    @Test
    void bellGivesOnlyCorrelatedOutcomesInBinomialProportion() {
        Map<String, Object> result = run("sampler", params(List.of(Circuits.BELL)), DEV, 1234);
        List<String> samples = at(result, "results", 0, "data", "c", "samples");
        assertEquals(4096, samples.size());
        assertEquals(2, (int) at(result, "results", 0, "data", "c", "num_bits"));
        long ones = samples.stream().filter("0x3"::equals).count();
        long zeros = samples.stream().filter("0x0"::equals).count();
        assertEquals(4096, ones + zeros, "only 0x0 and 0x3 may appear");
        // Binomial(4096, 1/2): standard deviation 32; 5 sigma = 160
        assertTrue(Math.abs(ones - 2048) <= 160, "ones = " + ones);
        assertEquals(4096, (int) at(result, "results", 0, "metadata", "shots"));
        assertEquals(Map.of(), at(result, "results", 0, "metadata", "circuit_metadata"));
        assertEquals(2, (int) at(result, "metadata", "version"));
        assertEquals(Map.of("execution_spans", List.of()), at(result, "metadata", "execution"));
    }

    @Test
    void ghzOnThreeQubits() {
        Map<String, Object> result = run("sampler", params(List.of(Circuits.GHZ3, List.of(), 1000)), DEV, 7);
        List<String> samples = at(result, "results", 0, "data", "meas", "samples");
        assertEquals(1000, samples.size());
        long sevens = samples.stream().filter("0x7"::equals).count();
        assertEquals(1000, sevens + samples.stream().filter("0x0"::equals).count());
        // Binomial(1000, 1/2): sd 15.8, 5 sigma = 79
        assertTrue(Math.abs(sevens - 500) <= 79, "sevens = " + sevens);
    }

    @Test
    void bitOrderWithSeveralRegisters() {
        String qasm = """
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[3] q;
                bit[2] a;
                bit[3] b;
                x q[0];
                x q[2];
                a[0] = measure q[0];
                a[1] = measure q[1];
                b[1] = measure q[2];
                b[2] = measure q[0];
                """;
        Map<String, Object> result = run("sampler", params(List.of(qasm, List.of(), 5)), DEV, 1);
        assertEquals(List.of("0x1", "0x1", "0x1", "0x1", "0x1"), at(result, "results", 0, "data", "a", "samples"));
        assertEquals(List.of("0x6", "0x6", "0x6", "0x6", "0x6"), at(result, "results", 0, "data", "b", "samples"));
        assertEquals(3, (int) at(result, "results", 0, "data", "b", "num_bits"));
    }

    @Test
    void parameterSweepKeepsTheValuesShape() {
        String qasm = """
                OPENQASM 3.0;
                include "stdgates.inc";
                input float[64] theta;
                qubit[1] q;
                bit[1] c;
                rx(theta) q[0];
                c[0] = measure q[0];
                """;
        // shape (2, 3): theta = 0 always reads 0, theta = pi always reads 1
        Object values = Json.parse("[[[0], [3.141592653589793], [0]], [[3.141592653589793], [0], [3.141592653589793]]]");
        Map<String, Object> result = run("sampler", params(List.of(qasm, values, 10)), DEV, 3);
        List<List<List<String>>> samples = at(result, "results", 0, "data", "c", "samples");
        assertEquals(2, samples.size());
        assertEquals(3, samples.get(0).size());
        assertEquals(java.util.Collections.nCopies(10, "0x0"), samples.get(0).get(0));
        assertEquals(java.util.Collections.nCopies(10, "0x1"), samples.get(0).get(1));
        assertEquals(java.util.Collections.nCopies(10, "0x1"), samples.get(1).get(0));
        assertEquals(java.util.Collections.nCopies(10, "0x1"), samples.get(1).get(2));
        // the dict form broadcasts to the same shape
        Map<String, Object> dict = run("sampler",
                params(List.of(qasm, Json.parse("{\"theta\": [0, 3.141592653589793]}"), 4)), DEV, 3);
        List<List<String>> bySet = at(dict, "results", 0, "data", "c", "samples");
        assertEquals(List.of(List.of("0x0", "0x0", "0x0", "0x0"), List.of("0x1", "0x1", "0x1", "0x1")), bySet);
    }

    @Test
    void midCircuitMeasurementFeedsForward() {
        Map<String, Object> result = run("sampler", params(List.of(Circuits.FEED_FORWARD, List.of(), 2000)), DEV, 11);
        List<String> samples = at(result, "results", 0, "data", "c", "samples");
        long threes = samples.stream().filter("0x3"::equals).count();
        assertEquals(2000, threes + samples.stream().filter("0x0"::equals).count());
        // Binomial(2000, 1/2): sd 22.4, 5 sigma = 112
        assertTrue(Math.abs(threes - 1000) <= 112, "threes = " + threes);
    }

    @Test
    void physicalQubitsSimulateOnlyTheTouchedOnes() {
        Map<String, Object> result = run("sampler", params(List.of(Circuits.GHZ_PHYSICAL, List.of(), 500)), DEV, 5);
        List<String> samples = at(result, "results", 0, "data", "c", "samples");
        assertEquals(500, samples.stream().filter(s -> s.equals("0x0") || s.equals("0x7")).count());
    }

    @Test
    void aSeedMakesTheJobReproducible() {
        Map<String, Object> params = params(List.of(Circuits.BELL, List.of(), 200));
        assertEquals(run("sampler", params, DEV, 99), run("sampler", params, DEV, 99));
        Object first = at(run("sampler", params, DEV, 99), "results", 0, "data");
        Object other = at(run("sampler", params, DEV, 100), "results", 0, "data");
        assertNotEquals(first, other);
        // the job's own seed_simulator is what the service passes; it is reported back by validate
        Map<String, Object> seeded = new java.util.LinkedHashMap<>(params);
        seeded.put("options", Map.of("simulator", Map.of("seed_simulator", 42)));
        assertEquals(42L, ENGINE.validate("sampler", seeded, SubmissionLimits.defaults()).requestedSeed());
    }

    @Test
    void syntaxErrorsNameThePubLineAndColumn() {
        String broken = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[2] q;\nh q[0]\ncx q[0], q[1];\n";
        PrimitiveInputException e = assertThrows(PrimitiveInputException.class,
                () -> ENGINE.validate("sampler", params(Circuits.BELL, List.of(broken)), SubmissionLimits.defaults()));
        assertEquals("params.pubs[1]", e.path());
        assertTrue(e.getMessage().startsWith("params.pubs[1]: line "), e.getMessage());
    }

    @Test
    void isaViolationsAndTooManyQubitsFailThePub() {
        Target strict = new Target("strict", 5, java.util.Set.of("rz", "sx", "x", "ecr"),
                java.util.Set.of(List.of(0, 1), List.of(1, 2)), false, null, 0);
        JobSpec spec = ENGINE.validate("sampler", params(List.of(Circuits.BELL)), SubmissionLimits.defaults());
        PubExecutionException isa = assertThrows(PubExecutionException.class,
                () -> ENGINE.prepare(spec, 0, strict, TimeModelSettings.defaults()));
        assertEquals(0, isa.pubIndex());
        assertTrue(isa.getMessage().startsWith("pubs[0]: "), isa.getMessage());
        assertTrue(isa.getMessage().contains("not supported by the target"), isa.getMessage());

        PrimitiveEngine small = new PrimitiveEngine(SimulatorConfig.defaults(), 2);
        JobSpec ghz = small.validate("sampler", params(Circuits.BELL, List.of(Circuits.GHZ3)), SubmissionLimits.defaults());
        small.prepare(ghz, 0, DEV, TimeModelSettings.defaults());
        PubExecutionException big = assertThrows(PubExecutionException.class,
                () -> small.prepare(ghz, 1, DEV, TimeModelSettings.defaults()));
        assertEquals(1, big.pubIndex());
    }

    @Test
    void qpuTimeFollowsShotsRepDelayAndScale() {
        JobSpec spec = ENGINE.validate("sampler", params(List.of(Circuits.BELL, List.of(), 1000)), SubmissionLimits.defaults());
        PreparedPub p = ENGINE.prepare(spec, 0, DEV, new TimeModelSettings(2.0, 5.0, 1e-3));
        double duration = p.compiled(0).durationSeconds();
        assertEquals(1000 * (1e-3 + duration), p.unscaledQpuSeconds(), 1e-12);
        assertEquals(2 * p.unscaledQpuSeconds(), p.estimatedQpuSeconds(), 1e-12);
        assertEquals(2 * (p.unscaledQpuSeconds() + 5.0), PrimitiveEngine.jobQpuSeconds(List.of(p),
                new TimeModelSettings(2.0, 5.0, 1e-3)), 1e-12);
    }

    @Test
    void jobWideShotLimitNamesThePubThatCrossesIt() {
        SubmissionLimits limits = new SubmissionLimits(10, 100_000, 5000, 10_000, 100, 100);
        Map<String, Object> sampler = params(List.of(Circuits.BELL, List.of(), 3000), List.of(Circuits.BELL, List.of(), 3000));
        PrimitiveInputException e = assertThrows(PrimitiveInputException.class, () -> ENGINE.validate("sampler", sampler, limits));
        assertEquals("params.pubs[1]", e.path());
        // estimator: precision 0.1 -> 100 shots per term; 3 terms x 2 observables = 600 per PUB, 1200 for two
        SubmissionLimits small = new SubmissionLimits(10, 100_000, 1000, 10_000, 100, 100);
        Map<String, Object> h = new java.util.LinkedHashMap<>(Map.of("ZZ", 1, "XX", 1, "YY", 1));
        Map<String, Object> estimator = params(List.of(Circuits.BELL, List.of(h, h), List.of(), 0.1),
                List.of(Circuits.BELL, List.of(h, h), List.of(), 0.1));
        assertEquals("params.pubs[1]", assertThrows(PrimitiveInputException.class,
                () -> ENGINE.validate("estimator", estimator, small)).path());
        SubmissionLimits tooFewPubs = new SubmissionLimits(1, 100_000, 1000, 10_000, 100, 100);
        assertEquals("params.pubs", assertThrows(PrimitiveInputException.class,
                () -> ENGINE.validate("sampler", params(Circuits.BELL, Circuits.BELL), tooFewPubs)).path());
        SubmissionLimits shortCircuits = new SubmissionLimits(10, 100_000, 1000, 20, 100, 100);
        assertEquals("params.pubs[0][0]", assertThrows(PrimitiveInputException.class,
                () -> ENGINE.validate("sampler", params(Circuits.BELL), shortCircuits)).path());
    }

    @Test
    void unknownProgramIsAnInputError() {
        assertEquals("program_id", assertThrows(PrimitiveInputException.class,
                () -> ENGINE.validate("qaoa", params(Circuits.BELL), SubmissionLimits.defaults())).path());
    }
}
