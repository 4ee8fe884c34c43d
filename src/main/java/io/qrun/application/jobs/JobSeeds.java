package io.qrun.application.jobs;

import java.security.SecureRandom;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The simulator seed of a job: {@code options.simulator.seed_simulator} (sampler) or
 * {@code options.seed_estimator} (estimator) when given, else a random one drawn at submission
 * and stored with the job, so a job re-run after a restart returns the same result.
 */
public final class JobSeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private JobSeeds() {
    }

    public static long seedOf(String programId, Map<String, Object> params) {
        return given(programId, params).orElseGet(RANDOM::nextLong);
    }

    public static OptionalLong given(String programId, Map<String, Object> params) {
        if (params == null || !(params.get("options") instanceof Map<?, ?> options)) {
            return OptionalLong.empty();
        }
        Object seed;
        if ("estimator".equals(programId)) {
            seed = options.get("seed_estimator");
        } else {
            seed = options.get("simulator") instanceof Map<?, ?> sim ? sim.get("seed_simulator") : null;
        }
        return seed instanceof Number n ? OptionalLong.of(n.longValue()) : OptionalLong.empty();
    }
}
