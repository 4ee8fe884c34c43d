package io.qrun.it.api;

import static io.qrun.it.api.ApiClient.expect;
import static io.qrun.it.api.Jobs.at;
import static io.qrun.it.api.Jobs.doubles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jobs that run to completion, with results checked against values computed by hand: the Bell
 * state sampled (OpenQASM 3 and 2), its exact expectation values, parameter sweeps' shapes and
 * values, and reproducibility under a fixed seed.
 */
class JobResultsIT extends ApiITBase {

    static final String FAST = "it_fast";
    static final String SIMULATOR = "it_simulator";
    static final Duration DEADLINE = Duration.ofSeconds(60);

    private static ApiClient user;

    @BeforeEach
    void tenant() {
        if (user == null) {
            user = operator().newTenant("premium", null);
        }
    }

    private Map<String, Object> completedResult(Map<String, Object> body) {
        String id = user.submit(body);
        Map<String, Object> job = user.awaitFinal(id, DEADLINE);
        assertEquals("Completed", job.get("status"), () -> "job " + id + " ended " + job);
        return expect(200, user.get("jobs/" + id + "/results")).map();
    }

    /** |count(0x0) - shots/2| within 5 standard deviations of Binomial(shots, 1/2): fails by chance < 1e-6. */
    private static void assertBellSamples(List<?> samples, int shots) {
        assertEquals(shots, samples.size());
        Map<Object, Integer> counts = new HashMap<>();
        samples.forEach(s -> counts.merge(s, 1, Integer::sum));
        assertEquals(List.of(), counts.keySet().stream().filter(k -> !k.equals("0x0") && !k.equals("0x3")).toList(),
                "only 00 and 11 may be measured");
        double bound = 5 * Math.sqrt(shots * 0.25);
        int zeros = counts.getOrDefault("0x0", 0);
        assertTrue(Math.abs(zeros - shots / 2.0) <= bound, "0x0 " + zeros + " times of " + shots + ", bound " + bound);
    }

    @Test
    void bellSamplerOpenQasm3() {
        Map<String, Object> result = completedResult(Jobs.sampler(FAST, Jobs.BELL_QASM3, 4000, 1234));
        List<?> results = at(result, "results");
        assertEquals(1, results.size());
        assertEquals((Object) 2L, at(result, "results", 0, "data", "c", "num_bits"));
        assertBellSamples(at(result, "results", 0, "data", "c", "samples"), 4000);
        assertEquals((Object) 2L, at(result, "metadata", "version"));
    }

    @Test
    void bellSamplerOpenQasm2() {
        Map<String, Object> result = completedResult(Jobs.sampler(FAST, Jobs.BELL_QASM2, 2000, 99));
        assertEquals((Object) 2L, at(result, "results", 0, "data", "c", "num_bits"));
        assertBellSamples(at(result, "results", 0, "data", "c", "samples"), 2000);
    }

    @Test
    void aSeedMakesSamplesReproducible() {
        Map<String, Object> first = completedResult(Jobs.sampler(SIMULATOR, Jobs.BELL_QASM3, 500, 77));
        Map<String, Object> second = completedResult(Jobs.sampler(SIMULATOR, Jobs.BELL_QASM3, 500, 77));
        List<?> a = at(first, "results", 0, "data", "c", "samples");
        assertEquals(a, at(second, "results", 0, "data", "c", "samples"));
        assertBellSamples(a, 500);
    }

    @Test
    void estimatorBellStateExactWithPrecisionZero() {
        Map<String, Object> result = completedResult(
                Jobs.estimator(SIMULATOR, Jobs.BELL_STATE, List.of("ZZ", "XX", "YY", "ZI"), 0.0));
        List<Double> evs = doubles(at(result, "results", 0, "data", "evs"));
        List<Double> expected = List.of(1.0, 1.0, -1.0, 0.0);
        for (int i = 0; i < 4; i++) {
            assertEquals(expected.get(i), evs.get(i), 1e-12, "evs[" + i + "]");
        }
        for (double std : doubles(at(result, "results", 0, "data", "stds"))) {
            assertEquals(0.0, std, 1e-12);
        }
        assertEquals((Object) 2L, at(result, "metadata", "version"));
    }

    @Test
    void estimatorBellStateWithDefaultPrecisionIsOneWithinItsStd() {
        Map<String, Object> result = completedResult(Jobs.estimator(FAST, Jobs.BELL_STATE, "ZZ", null));
        double evs = ((Number) at(result, "results", 0, "data", "evs")).doubleValue();
        double std = ((Number) at(result, "results", 0, "data", "stds")).doubleValue();
        assertTrue(std >= 0 && std <= 0.05, "stds " + std);
        assertTrue(Math.abs(evs - 1.0) <= 5 * std + 1e-12, "evs " + evs + " stds " + std);
        assertEquals(0.015625, ((Number) at(result, "results", 0, "metadata", "target_precision")).doubleValue(), 1e-15);
    }

    @Test
    void samplerSweepHasThePubShapeAndExactOutcomes() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pubs", List.of(List.of(Jobs.RX_MEASURED, List.of(List.of(0.0), List.of(Math.PI)), 64)));
        params.put("version", 2);
        Map<String, Object> result = completedResult(Jobs.body("sampler", SIMULATOR, params));
        List<?> samples = at(result, "results", 0, "data", "c", "samples");
        assertEquals(2, samples.size(), "one list of shots per parameter set");
        assertEquals(java.util.Collections.nCopies(64, "0x0"), samples.get(0));
        assertEquals(java.util.Collections.nCopies(64, "0x1"), samples.get(1));
        assertEquals((Object) 1L, at(result, "results", 0, "data", "c", "num_bits"));
    }

    @Test
    void estimatorSweepGivesCosTheta() {
        List<Double> thetas = List.of(0.0, Math.PI / 3, Math.PI / 2, Math.PI);
        List<Object> values = thetas.stream().<Object>map(List::of).toList();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pubs", List.of(List.of(Jobs.RY_STATE, "Z", values)));
        params.put("precision", 0.0);
        params.put("version", "2");
        Map<String, Object> result = completedResult(Jobs.body("estimator", SIMULATOR, params));
        List<Double> evs = doubles(at(result, "results", 0, "data", "evs"));
        assertEquals(4, evs.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(Math.cos(thetas.get(i)), evs.get(i), 1e-12, "theta " + thetas.get(i));
        }
    }

    @Test
    void twoPubsGiveTwoResultsInOrder() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pubs", List.of(List.of(Jobs.RX_MEASURED, List.of(Math.PI), 10), List.of(Jobs.RX_MEASURED, List.of(0.0), 12)));
        params.put("version", 2);
        Map<String, Object> result = completedResult(Jobs.body("sampler", SIMULATOR, params));
        assertEquals(java.util.Collections.nCopies(10, "0x1"), at(result, "results", 0, "data", "c", "samples"));
        assertEquals(java.util.Collections.nCopies(12, "0x0"), at(result, "results", 1, "data", "c", "samples"));
    }
}
