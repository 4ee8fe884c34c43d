package io.qrun.engine.primitives;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a job's {@code params} keys (except the PUBs) and {@code params.options}: every key is
 * known, every value has the right type and range. An unknown key or a bad value is a
 * {@link PrimitiveInputException} with its path, so the user can find it.
 *
 * <p>Sampler-only and Estimator-only keys are rejected on the other primitive, as Qiskit Runtime
 * does: a user who sends {@code precision} to the Sampler has made a mistake worth reporting.
 */
final class OptionsValidator {

    private static final Set<String> SAMPLER_PARAMS = Set.of("pubs", "options", "version", "shots", "support_qiskit");
    private static final Set<String> ESTIMATOR_PARAMS =
            Set.of("pubs", "options", "version", "precision", "resilience_level", "support_qiskit");
    private static final Set<String> SAMPLER_OPTIONS =
            Set.of("default_shots", "dynamical_decoupling", "twirling", "execution", "simulator");
    private static final Set<String> ESTIMATOR_OPTIONS = Set.of("default_shots", "default_precision", "seed_estimator",
            "dynamical_decoupling", "twirling", "resilience", "execution", "simulator");

    private OptionsValidator() {}

    static PrimitiveOptions validate(String programId, Map<String, Object> params, SubmissionLimits limits) {
        boolean estimator = "estimator".equals(programId);
        checkKeys(params, estimator ? ESTIMATOR_PARAMS : SAMPLER_PARAMS, "params",
                estimator ? "the Estimator" : "the Sampler");
        if (params.containsKey("version")) {
            Object v = params.get("version");
            if (!(Integer.valueOf(2).equals(v) || Long.valueOf(2).equals(v) || "2".equals(v)
                    || (v instanceof Number n && n.doubleValue() == 2.0 && !(v instanceof Boolean)))) {
                throw new PrimitiveInputException("params.version", "only version 2 of the primitives is supported (2 or \"2\"), found "
                        + JsonValues.describe(v));
            }
        }
        if (params.containsKey("support_qiskit") && params.get("support_qiskit") != null) {
            JsonValues.bool(params.get("support_qiskit"), "params.support_qiskit");
        }
        Integer shots = params.get("shots") == null ? null : shots(params.get("shots"), "params.shots", limits);
        Double precision = params.get("precision") == null ? null : precision(params.get("precision"), "params.precision");
        Integer level = null;
        if (params.get("resilience_level") != null) {
            long l = JsonValues.integer(params.get("resilience_level"), "params.resilience_level");
            if (l < 0 || l > 2) {
                throw new PrimitiveInputException("params.resilience_level", "must be 0, 1 or 2, found " + l);
            }
            level = (int) l;
        }

        Object rawOptions = params.get("options");
        Map<String, Object> options = rawOptions == null ? Map.of() : JsonValues.object(rawOptions, "params.options");
        checkKeys(options, estimator ? ESTIMATOR_OPTIONS : SAMPLER_OPTIONS, "params.options",
                estimator ? "the Estimator" : "the Sampler");
        List<String> ignored = new ArrayList<>();
        Integer defaultShots = options.get("default_shots") == null ? null
                : shots(options.get("default_shots"), "params.options.default_shots", limits);
        Double defaultPrecision = options.get("default_precision") == null ? null
                : precision(options.get("default_precision"), "params.options.default_precision");
        Long seedEstimator = options.get("seed_estimator") == null ? null
                : seed(options.get("seed_estimator"), "params.options.seed_estimator");
        dynamicalDecoupling(options.get("dynamical_decoupling"), ignored);
        twirling(options.get("twirling"), ignored);
        Double repDelay = execution(options.get("execution"), estimator, ignored);

        Long seedSimulator = null;
        Boolean noiseModel = null;
        if (options.get("simulator") != null) {
            String at = "params.options.simulator";
            Map<String, Object> sim = JsonValues.object(options.get("simulator"), at);
            checkKeys(sim, Set.of("seed_simulator", "noise_model"), at, "the simulator options");
            if (sim.get("seed_simulator") != null) {
                seedSimulator = seed(sim.get("seed_simulator"), at + ".seed_simulator");
            }
            if (sim.get("noise_model") != null) {
                noiseModel = JsonValues.bool(sim.get("noise_model"), at + ".noise_model");
            }
        }

        Boolean measureMitigation = null;
        Boolean zneMitigation = null;
        List<Integer> noiseFactors = null;
        String extrapolator = null;
        if (options.get("resilience") != null) {
            String at = "params.options.resilience";
            Map<String, Object> res = JsonValues.object(options.get("resilience"), at);
            checkKeys(res, Set.of("measure_mitigation", "zne_mitigation", "zne", "pec_mitigation",
                    "measure_noise_learning"), at, "the resilience options");
            if (res.get("measure_mitigation") != null) {
                measureMitigation = JsonValues.bool(res.get("measure_mitigation"), at + ".measure_mitigation");
            }
            if (res.get("zne_mitigation") != null) {
                zneMitigation = JsonValues.bool(res.get("zne_mitigation"), at + ".zne_mitigation");
            }
            if (res.get("pec_mitigation") != null && JsonValues.bool(res.get("pec_mitigation"), at + ".pec_mitigation")) {
                ignored.add(at + ".pec_mitigation: Qrun does not offer probabilistic error cancellation; use zne_mitigation");
            }
            if (res.get("measure_noise_learning") != null) {
                Map<String, Object> mnl = JsonValues.object(res.get("measure_noise_learning"), at + ".measure_noise_learning");
                checkKeys(mnl, Set.of("num_randomizations", "shots_per_randomization"), at + ".measure_noise_learning",
                        "measure_noise_learning");
                positiveOrAuto(mnl.get("num_randomizations"), at + ".measure_noise_learning.num_randomizations");
                positiveOrAuto(mnl.get("shots_per_randomization"), at + ".measure_noise_learning.shots_per_randomization");
                ignored.add(at + ".measure_noise_learning: readout errors are taken from the backend calibration, not learned");
            }
            if (res.get("zne") != null) {
                Map<String, Object> zne = JsonValues.object(res.get("zne"), at + ".zne");
                checkKeys(zne, Set.of("noise_factors", "extrapolator", "amplifier"), at + ".zne", "the zne options");
                if (zne.get("noise_factors") != null) {
                    noiseFactors = noiseFactors(zne.get("noise_factors"), at + ".zne.noise_factors");
                }
                if (zne.get("extrapolator") != null) {
                    extrapolator = extrapolator(zne.get("extrapolator"), at + ".zne.extrapolator", ignored);
                }
                if (zne.get("amplifier") != null
                        && !"gate_folding".equals(JsonValues.string(zne.get("amplifier"), at + ".zne.amplifier"))) {
                    throw new PrimitiveInputException(at + ".zne.amplifier",
                            "only \"gate_folding\" is supported (noise is amplified by folding the whole circuit)");
                }
            }
        }
        int factors = (noiseFactors == null ? PrimitiveOptions.DEFAULT_NOISE_FACTORS : noiseFactors).size();
        if (extrapolator != null && extrapolator.startsWith("polynomial_degree_")
                && Integer.parseInt(extrapolator.substring("polynomial_degree_".length())) >= factors) {
            throw new PrimitiveInputException("params.options.resilience.zne.extrapolator", extrapolator
                    + " needs more than its degree of noise factors; give more noise_factors or a lower degree");
        }
        return new PrimitiveOptions(shots, precision, level, defaultShots, defaultPrecision, seedEstimator, seedSimulator,
                noiseModel, measureMitigation, zneMitigation, noiseFactors, extrapolator, repDelay, ignored);
    }

    static void checkKeys(Map<String, Object> map, Set<String> allowed, String path, String owner) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new PrimitiveInputException(path + "." + key, "unknown key '" + key + "' for " + owner
                        + "; allowed keys are " + allowed.stream().sorted().toList());
            }
        }
    }

    private static int shots(Object value, String path, SubmissionLimits limits) {
        long s = JsonValues.integer(value, path);
        if (s < 1 || s > limits.maxShots()) {
            throw new PrimitiveInputException(path, "shots must be between 1 and " + limits.maxShots() + ", found " + s);
        }
        return (int) s;
    }

    static double precision(Object value, String path) {
        double p = JsonValues.number(value, path);
        if (p < 0 || p > 1) {
            throw new PrimitiveInputException(path, "precision must be between 0 (exact) and 1, found " + p);
        }
        return p;
    }

    private static long seed(Object value, String path) {
        long s = JsonValues.integer(value, path);
        if (s < 0) {
            throw new PrimitiveInputException(path, "a seed must be a non-negative integer, found " + s);
        }
        return s;
    }

    private static void positiveOrAuto(Object value, String path) {
        if (value == null || "auto".equals(value)) {
            return;
        }
        if (JsonValues.integer(value, path) < 1) {
            throw new PrimitiveInputException(path, "must be a positive integer or \"auto\"");
        }
    }

    private static void oneOf(Object value, String path, Set<String> allowed) {
        if (value != null && !allowed.contains(JsonValues.string(value, path))) {
            throw new PrimitiveInputException(path, "must be one of " + allowed.stream().sorted().toList()
                    + ", found " + JsonValues.describe(value));
        }
    }

    private static void dynamicalDecoupling(Object value, List<String> ignored) {
        if (value == null) {
            return;
        }
        String at = "params.options.dynamical_decoupling";
        Map<String, Object> dd = JsonValues.object(value, at);
        checkKeys(dd, Set.of("enable", "sequence_type", "extra_slack_distribution", "scheduling_method",
                "skip_reset_qubits"), at, "dynamical_decoupling");
        boolean enable = dd.get("enable") != null && JsonValues.bool(dd.get("enable"), at + ".enable");
        oneOf(dd.get("sequence_type"), at + ".sequence_type", Set.of("XX", "XpXm", "XY4"));
        oneOf(dd.get("extra_slack_distribution"), at + ".extra_slack_distribution", Set.of("middle", "edges"));
        oneOf(dd.get("scheduling_method"), at + ".scheduling_method", Set.of("alap", "asap"));
        if (dd.get("skip_reset_qubits") != null) {
            JsonValues.bool(dd.get("skip_reset_qubits"), at + ".skip_reset_qubits");
        }
        if (enable) {
            ignored.add(at + ": idle-time noise is not simulated, so dynamical decoupling has no effect");
        }
    }

    private static void twirling(Object value, List<String> ignored) {
        if (value == null) {
            return;
        }
        String at = "params.options.twirling";
        Map<String, Object> tw = JsonValues.object(value, at);
        checkKeys(tw, Set.of("enable_gates", "enable_measure", "num_randomizations", "shots_per_randomization",
                "strategy"), at, "twirling");
        boolean gates = tw.get("enable_gates") != null && JsonValues.bool(tw.get("enable_gates"), at + ".enable_gates");
        boolean measure = tw.get("enable_measure") != null && JsonValues.bool(tw.get("enable_measure"), at + ".enable_measure");
        positiveOrAuto(tw.get("num_randomizations"), at + ".num_randomizations");
        positiveOrAuto(tw.get("shots_per_randomization"), at + ".shots_per_randomization");
        oneOf(tw.get("strategy"), at + ".strategy", Set.of("active", "active-accum", "active-circuit", "all"));
        if (gates || measure) {
            ignored.add(at + ": the simulated noise is already Pauli (depolarizing), so twirling has no effect");
        }
    }

    private static Double execution(Object value, boolean estimator, List<String> ignored) {
        if (value == null) {
            return null;
        }
        String at = "params.options.execution";
        Map<String, Object> ex = JsonValues.object(value, at);
        checkKeys(ex, estimator ? Set.of("init_qubits", "rep_delay") : Set.of("init_qubits", "rep_delay", "meas_type"),
                at, estimator ? "the Estimator's execution options" : "the Sampler's execution options");
        if (ex.get("init_qubits") != null && !JsonValues.bool(ex.get("init_qubits"), at + ".init_qubits")) {
            ignored.add(at + ".init_qubits: every shot of the simulator starts in |0...0>");
        }
        if (ex.get("meas_type") != null && !"classified".equals(JsonValues.string(ex.get("meas_type"), at + ".meas_type"))) {
            throw new PrimitiveInputException(at + ".meas_type", "only \"classified\" is supported: the simulator returns bits, "
                    + "not IQ data; found " + JsonValues.describe(ex.get("meas_type")));
        }
        if (ex.get("rep_delay") == null) {
            return null;
        }
        double d = JsonValues.number(ex.get("rep_delay"), at + ".rep_delay");
        if (d < 0 || d > 1) {
            throw new PrimitiveInputException(at + ".rep_delay", "rep_delay is in seconds and must be between 0 and 1, found " + d);
        }
        return d;
    }

    private static List<Integer> noiseFactors(Object value, String path) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new PrimitiveInputException(path, "expected a non-empty list of odd integers like [1, 3, 5], found "
                    + JsonValues.describe(value));
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + i + "]";
            double d = JsonValues.number(list.get(i), at);
            if (d != Math.rint(d) || d < 1 || d > 99 || ((long) d) % 2 == 0) {
                throw new PrimitiveInputException(at, "noise factors are amplified by folding the circuit (U U^-1 U ...), "
                        + "so each must be an odd integer between 1 and 99; found " + list.get(i));
            }
            if (out.contains((int) d)) {
                throw new PrimitiveInputException(at, "the noise factor " + (int) d + " is given twice");
            }
            out.add((int) d);
        }
        if (out.size() < 2) {
            throw new PrimitiveInputException(path, "extrapolation needs at least two noise factors, e.g. [1, 3, 5]");
        }
        return out;
    }

    private static String extrapolator(Object value, String path, List<String> ignored) {
        if (value instanceof List<?> list) {
            // Qiskit allows a fallback sequence; use the first one the simulator implements.
            for (int i = 0; i < list.size(); i++) {
                String name = JsonValues.string(list.get(i), path + "[" + i + "]");
                if (supportedExtrapolator(name)) {
                    if (i > 0) {
                        ignored.add(path + ": " + list.subList(0, i) + " not offered by Qrun, used " + name + " (the first supported one)");
                    }
                    return name;
                }
            }
            throw new PrimitiveInputException(path, "none of " + list + " is supported; use \"linear\", \"richardson\" or "
                    + "\"polynomial_degree_k\" (k = 1..7)");
        }
        String name = JsonValues.string(value, path);
        if (!supportedExtrapolator(name)) {
            throw new PrimitiveInputException(path, "'" + name + "' is not supported; use \"linear\", \"richardson\" or "
                    + "\"polynomial_degree_k\" (k = 1..7)");
        }
        return name;
    }

    private static boolean supportedExtrapolator(String name) {
        return name.equals("linear") || name.equals("richardson") || name.matches("polynomial_degree_[1-7]");
    }
}
