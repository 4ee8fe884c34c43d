package io.qrun.engine.primitives;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What error mitigation an Estimator PUB gets: only a noisy simulation has errors to mitigate.
 *
 * @param reason why nothing is applied, or null when something is
 */
record ResiliencePlan(int level, boolean measureMitigation, boolean zne, List<Integer> noiseFactors,
        String extrapolator, String reason) {

    static ResiliencePlan none(int level, String reason) {
        return new ResiliencePlan(level, false, false, List.of(1), null, reason);
    }

    static ResiliencePlan of(PrimitiveOptions options, boolean noisy, String noiselessReason) {
        int level = options.effectiveResilienceLevel();
        if (!noisy) {
            return none(level, noiselessReason);
        }
        boolean mm = options.wantsMeasureMitigation();
        boolean zne = options.wantsZne();
        if (!mm && !zne) {
            return none(level, "resilience level " + level + " asks for no mitigation");
        }
        return new ResiliencePlan(level, mm, zne, zne ? options.effectiveNoiseFactors() : List.of(1),
                zne ? options.effectiveExtrapolator() : null, null);
    }

    boolean applied() {
        return reason == null;
    }

    /** The "resilience" metadata of a PUB result. */
    Map<String, Object> metadata() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("applied", applied());
        m.put("resilience_level", level);
        if (!applied()) {
            m.put("reason", reason);
            return m;
        }
        m.put("measure_mitigation", measureMitigation);
        m.put("zne_mitigation", zne);
        if (zne) {
            m.put("zne", Map.of("noise_factors", List.copyOf(noiseFactors), "extrapolator", extrapolator,
                    "amplifier", "gate_folding"));
        }
        return m;
    }
}
