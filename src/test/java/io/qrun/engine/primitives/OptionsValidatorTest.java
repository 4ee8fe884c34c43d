package io.qrun.engine.primitives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsValidatorTest {

    private static PrimitiveOptions validate(String program, String params) {
        return OptionsValidator.validate(program, Json.object(params), SubmissionLimits.defaults());
    }

    private static PrimitiveInputException rejected(String program, String params) {
        return assertThrows(PrimitiveInputException.class, () -> validate(program, params));
    }

    @Test
    void acceptsEveryDocumentedOption() {
        PrimitiveOptions o = validate("estimator", """
                {"pubs": [], "version": "2", "precision": 0.01, "resilience_level": 2, "support_qiskit": true,
                 "options": {"default_shots": 1000, "default_precision": 0.02, "seed_estimator": 42,
                   "dynamical_decoupling": {"enable": true, "sequence_type": "XY4"},
                   "twirling": {"enable_gates": false, "num_randomizations": "auto"},
                   "resilience": {"measure_mitigation": true, "zne_mitigation": false,
                                  "zne": {"noise_factors": [1, 3], "extrapolator": "linear"}},
                   "execution": {"init_qubits": true, "rep_delay": 0.0005},
                   "simulator": {"seed_simulator": 7, "noise_model": false}}}""");
        assertEquals(0.01, o.precision());
        assertEquals(2, o.resilienceLevel());
        assertEquals(1000, o.defaultShots());
        assertEquals(42L, o.seedEstimator());
        assertEquals(7L, o.seedSimulator());
        assertEquals(Boolean.FALSE, o.noiseModel());
        assertTrue(o.wantsMeasureMitigation());
        assertFalse(o.wantsZne()); // explicit zne_mitigation=false beats resilience_level 2
        assertEquals(List.of(1, 3), o.effectiveNoiseFactors());
        assertEquals(0.0005, o.repDelaySeconds());
        assertEquals(1, o.ignored().size());
        assertTrue(o.ignored().get(0).startsWith("params.options.dynamical_decoupling"), o.ignored().toString());
        assertEquals(42L, o.seedFor("estimator"));
        assertEquals(7L, o.seedFor("sampler"));
    }

    @Test
    void defaultsFollowQiskit() {
        PrimitiveOptions o = validate("estimator", "{\"pubs\": []}");
        assertNull(o.precision());
        assertEquals(1, o.effectiveResilienceLevel());
        assertTrue(o.wantsMeasureMitigation());
        assertFalse(o.wantsZne());
        assertEquals(List.of(1, 3, 5), o.effectiveNoiseFactors());
        assertTrue(validate("estimator", "{\"pubs\": [], \"resilience_level\": 2}").wantsZne());
        assertFalse(validate("estimator", "{\"pubs\": [], \"resilience_level\": 0}").wantsMeasureMitigation());
    }

    @Test
    void unknownKeysAreRejectedWithTheirPath() {
        assertEquals("params.foo", rejected("sampler", "{\"pubs\": [], \"foo\": 1}").path());
        assertEquals("params.options.defaultShots", rejected("sampler", "{\"options\": {\"defaultShots\": 1}}").path());
        assertEquals("params.options.execution.speed",
                rejected("sampler", "{\"options\": {\"execution\": {\"speed\": 1}}}").path());
        assertEquals("params.options.simulator.coupling_map",
                rejected("sampler", "{\"options\": {\"simulator\": {\"coupling_map\": []}}}").path());
        assertEquals("params.options.resilience.zne.foo",
                rejected("estimator", "{\"options\": {\"resilience\": {\"zne\": {\"foo\": 1}}}}").path());
        // primitive-specific keys on the other primitive
        assertEquals("params.precision", rejected("sampler", "{\"precision\": 0.1}").path());
        assertEquals("params.shots", rejected("estimator", "{\"shots\": 100}").path());
        assertEquals("params.options.resilience", rejected("sampler", "{\"options\": {\"resilience\": {}}}").path());
    }

    @Test
    void badValuesAreRejectedWithTheirPath() {
        assertEquals("params.version", rejected("sampler", "{\"version\": 1}").path());
        assertEquals("params.shots", rejected("sampler", "{\"shots\": 0}").path());
        assertEquals("params.shots", rejected("sampler", "{\"shots\": 100001}").path());
        assertEquals("params.shots", rejected("sampler", "{\"shots\": 1.5}").path());
        assertEquals("params.resilience_level", rejected("estimator", "{\"resilience_level\": 3}").path());
        assertEquals("params.precision", rejected("estimator", "{\"precision\": -0.1}").path());
        assertEquals("params.options.simulator.seed_simulator",
                rejected("sampler", "{\"options\": {\"simulator\": {\"seed_simulator\": \"x\"}}}").path());
        assertEquals("params.options.resilience.zne.noise_factors[1]",
                rejected("estimator", "{\"options\": {\"resilience\": {\"zne\": {\"noise_factors\": [1, 2]}}}}").path());
        assertEquals("params.options.resilience.zne.extrapolator",
                rejected("estimator", "{\"options\": {\"resilience\": {\"zne\": {\"extrapolator\": \"exponential\"}}}}").path());
        assertEquals("params.options.resilience.zne.extrapolator", rejected("estimator",
                "{\"options\": {\"resilience\": {\"zne\": {\"noise_factors\": [1,3], \"extrapolator\": \"polynomial_degree_2\"}}}}").path());
        assertEquals("params.options.execution.meas_type",
                rejected("sampler", "{\"options\": {\"execution\": {\"meas_type\": \"kerneled\"}}}").path());
        assertEquals("params.options.twirling.strategy",
                rejected("sampler", "{\"options\": {\"twirling\": {\"strategy\": \"most\"}}}").path());
    }

    @Test
    void extrapolatorFallbackListUsesTheFirstImplemented() {
        PrimitiveOptions o = validate("estimator",
                "{\"options\": {\"resilience\": {\"zne\": {\"extrapolator\": [\"exponential\", \"linear\"]}}}}");
        assertEquals("linear", o.effectiveExtrapolator());
        assertEquals(1, o.ignored().size());
    }
}
