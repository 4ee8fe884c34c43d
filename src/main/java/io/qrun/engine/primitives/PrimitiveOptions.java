package io.qrun.engine.primitives;

import java.util.List;

/**
 * The validated {@code params} of a job other than its PUBs: job-level shots/precision and the
 * options of {@code params.options}. Absent values are null (the defaults are applied where the
 * value is used, so that the PUB/params/options precedence of docs/primitives-engine.md stays in one place).
 *
 * @param shots            params.shots (Sampler)
 * @param precision        params.precision (Estimator)
 * @param resilienceLevel  params.resilience_level (Estimator): 0, 1 or 2
 * @param defaultShots     options.default_shots
 * @param defaultPrecision options.default_precision
 * @param seedEstimator    options.seed_estimator
 * @param seedSimulator    options.simulator.seed_simulator
 * @param noiseModel       options.simulator.noise_model: false turns a QPU backend's noise off
 * @param measureMitigation options.resilience.measure_mitigation
 * @param zneMitigation    options.resilience.zne_mitigation
 * @param noiseFactors     options.resilience.zne.noise_factors (odd integers, each a circuit folding)
 * @param extrapolator     options.resilience.zne.extrapolator
 * @param repDelaySeconds  options.execution.rep_delay
 * @param ignored          options that were given but that the simulator cannot honour, each
 *                         "path: why" (reported in the result metadata as not applied)
 */
public record PrimitiveOptions(
        Integer shots,
        Double precision,
        Integer resilienceLevel,
        Integer defaultShots,
        Double defaultPrecision,
        Long seedEstimator,
        Long seedSimulator,
        Boolean noiseModel,
        Boolean measureMitigation,
        Boolean zneMitigation,
        List<Integer> noiseFactors,
        String extrapolator,
        Double repDelaySeconds,
        List<String> ignored) {

    /** Qiskit's default precision of the Estimator. */
    public static final double DEFAULT_PRECISION = 0.015625;
    /** Qiskit's default shots of the Sampler. */
    public static final int DEFAULT_SHOTS = 4096;
    /** Qiskit Runtime's default resilience level of the Estimator. */
    public static final int DEFAULT_RESILIENCE_LEVEL = 1;
    public static final List<Integer> DEFAULT_NOISE_FACTORS = List.of(1, 3, 5);
    public static final String DEFAULT_EXTRAPOLATOR = "linear";

    public PrimitiveOptions {
        noiseFactors = noiseFactors == null ? null : List.copyOf(noiseFactors);
        ignored = List.copyOf(ignored);
    }

    /** Whether readout-error mitigation is asked for (explicit option, else resilience level >= 1). */
    public boolean wantsMeasureMitigation() {
        if (measureMitigation != null) {
            return measureMitigation;
        }
        return effectiveResilienceLevel() >= 1;
    }

    /** Whether zero-noise extrapolation is asked for (explicit option, else resilience level 2). */
    public boolean wantsZne() {
        if (zneMitigation != null) {
            return zneMitigation;
        }
        return effectiveResilienceLevel() >= 2;
    }

    public int effectiveResilienceLevel() {
        return resilienceLevel == null ? DEFAULT_RESILIENCE_LEVEL : resilienceLevel;
    }

    public List<Integer> effectiveNoiseFactors() {
        return noiseFactors == null ? DEFAULT_NOISE_FACTORS : noiseFactors;
    }

    public String effectiveExtrapolator() {
        return extrapolator == null ? DEFAULT_EXTRAPOLATOR : extrapolator;
    }

    /** The seed the job asked for (seed_simulator for the Sampler, seed_estimator for the Estimator), or null. */
    public Long seedFor(String programId) {
        return "estimator".equals(programId) ? seedEstimator : seedSimulator;
    }
}
