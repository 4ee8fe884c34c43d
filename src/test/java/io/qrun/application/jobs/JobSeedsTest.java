package io.qrun.application.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class JobSeedsTest {

    @Test
    void samplerSeedComesFromSimulatorOptions() {
        Map<String, Object> params = Map.of("options", Map.of("simulator", Map.of("seed_simulator", 42L)));
        assertEquals(OptionalLong.of(42L), JobSeeds.given("sampler", params));
        assertEquals(42L, JobSeeds.seedOf("sampler", params));
        // the estimator's seed key is another one
        assertTrue(JobSeeds.given("estimator", params).isEmpty());
    }

    @Test
    void estimatorSeedComesFromSeedEstimator() {
        Map<String, Object> params = Map.of("options", Map.of("seed_estimator", 7));
        assertEquals(OptionalLong.of(7L), JobSeeds.given("estimator", params));
        assertTrue(JobSeeds.given("sampler", params).isEmpty());
    }

    @Test
    void noSeedGivenMeansNone() {
        assertTrue(JobSeeds.given("sampler", Map.of()).isEmpty());
        assertTrue(JobSeeds.given("sampler", null).isEmpty());
        assertTrue(JobSeeds.given("sampler", Map.of("options", Map.of("simulator", Map.of()))).isEmpty());
        assertTrue(JobSeeds.given("sampler", Map.of("options", "not an object")).isEmpty());
    }
}
