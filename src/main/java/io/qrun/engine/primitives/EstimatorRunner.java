package io.qrun.engine.primitives;

import io.qrun.engine.compile.CompiledCircuit;
import io.qrun.engine.sim.PauliString;
import io.qrun.engine.sim.Program;
import io.qrun.engine.sim.Shots;
import io.qrun.engine.sim.Simulator;
import io.qrun.engine.sim.StateVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Runs a prepared Estimator PUB. Two ways to an expectation value:
 *
 * <ul>
 *   <li>exact: a noiseless circuit without mid-circuit measurement has one final state; every
 *       Pauli term's expectation is computed on it in place. With a precision, each term's
 *       estimate is then drawn as the mean of N = ceil(1/precision^2) shots of +-1.</li>
 *   <li>measured: a noisy (or dynamic) circuit is a mixture, so it is estimated the way a QPU
 *       does: for each group of qubit-wise commuting terms the circuit is run N times (one noise
 *       trajectory per shot) followed by a measurement in the group's basis with readout errors;
 *       parities are averaged, with readout-error inversion when asked, and zero-noise
 *       extrapolation over folded circuits when asked.</li>
 * </ul>
 */
final class EstimatorRunner {

    private final Simulator simulator;

    EstimatorRunner(Simulator simulator) {
        this.simulator = simulator;
    }

    Map<String, Object> run(PreparedPub prepared, long seed) {
        EstimatorPub pub = (EstimatorPub) prepared.pub();
        int[] shape = pub.shape();
        int size = (int) Shapes.size(shape);
        double[] evs = new double[size];
        double[] stds = new double[size];
        List<List<Integer>> elementsBySet = new ArrayList<>();
        for (int k = 0; k < pub.values().numSets(); k++) {
            elementsBySet.add(new ArrayList<>());
        }
        for (int e = 0; e < size; e++) {
            elementsBySet.get(pub.parameterSetIndex(e)).add(e);
        }
        boolean measured = prepared.noisy();
        for (int k = 0; k < elementsBySet.size() && !measured; k++) {
            measured = prepared.compiled(k).program().dynamic();
        }
        int shots = measuredShots(pub);
        for (int k = 0; k < elementsBySet.size(); k++) {
            if (measured) {
                measuredSet(prepared, k, elementsBySet.get(k), shots, seed, evs, stds);
            } else {
                exactSet(prepared, k, elementsBySet.get(k), seed, evs, stds);
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("evs", NestedLists.build(shape, i -> evs[i]));
        data.put("stds", NestedLists.build(shape, i -> stds[i]));
        data.put("ensemble_standard_error", NestedLists.build(shape, i -> stds[i]));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("shots", measured ? shots : pub.shotsPerTerm());
        metadata.put("target_precision", pub.precision());
        metadata.put("circuit_metadata", new LinkedHashMap<>());
        metadata.put("resilience", prepared.resilience().metadata());
        metadata.put("simulator", Map.of("noise", prepared.noisy(),
                "method", measured ? "measured" : (pub.shotsPerTerm() == 0 ? "exact" : "exact_with_shot_noise")));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("data", data);
        json.put("metadata", metadata);
        return json;
    }

    /** A measured estimate needs shots: the precision's, or Qiskit's default when exactness was asked of a mixture. */
    static int measuredShots(EstimatorPub pub) {
        return pub.shotsPerTerm() > 0 ? pub.shotsPerTerm() : PrimitiveOptions.DEFAULT_SHOTS;
    }

    private void exactSet(PreparedPub prepared, int set, List<Integer> elements, long seed, double[] evs, double[] stds) {
        EstimatorPub pub = (EstimatorPub) prepared.pub();
        CompiledCircuit cc = prepared.compiled(set);
        StateVector state = simulator.finalState(cc.program());
        Map<PauliString, Double> cache = new HashMap<>();
        int n = pub.shotsPerTerm();
        for (int e : elements) {
            Observable o = pub.observables().get(pub.observableIndex(e));
            RandomGenerator rng = n > 0 ? Seeds.stream(seed, pub.index(), e, Seeds.SHOT_NOISE) : null;
            double value = 0;
            double variance = 0;
            for (Observable.Term t : o.terms()) {
                ProgramPauli p = ProgramPauli.map(t.label(), cc.circuitQubits());
                double ev;
                if (p.vanishes()) {
                    ev = 0;
                } else if (p.pauli().isIdentity()) {
                    ev = 1;
                } else {
                    ev = cache.computeIfAbsent(p.pauli(), ps -> simulator.expectation(state, ps));
                }
                if (n == 0) {
                    value += t.coefficient() * ev;
                } else {
                    double est = p.isIdentity() ? 1 : ShotNoise.estimate(ev, n, rng);
                    value += t.coefficient() * est;
                    // Each term is its own set of n shots of +-1 with mean est: variance (1 - est^2)/n.
                    // Independent terms add: stds = sqrt(sum_k w_k^2 (1 - est_k^2) / n).
                    variance += t.coefficient() * t.coefficient() * (1 - est * est) / n;
                }
            }
            evs[e] = value;
            stds[e] = Math.sqrt(variance);
        }
    }

    private void measuredSet(PreparedPub prepared, int set, List<Integer> elements, int shots, long seed, double[] evs,
            double[] stds) {
        EstimatorPub pub = (EstimatorPub) prepared.pub();
        ResiliencePlan plan = prepared.resilience();
        List<Integer> factors = plan.zne() ? plan.noiseFactors() : List.of(1);
        double[][] values = new double[elements.size()][factors.size()];
        double[][] errors = new double[elements.size()][factors.size()];
        for (int f = 0; f < factors.size(); f++) {
            CompiledCircuit cc = prepared.compiled(factors.get(f), set);
            List<ProgramPauli> all = new ArrayList<>();
            for (int e : elements) {
                for (Observable.Term t : pub.observables().get(pub.observableIndex(e)).terms()) {
                    all.add(ProgramPauli.map(t.label(), cc.circuitQubits()));
                }
            }
            List<PauliString> toMeasure = new ArrayList<>();
            for (ProgramPauli p : all) {
                if (!p.vanishes()) {
                    toMeasure.add(p.pauli());
                }
            }
            Map<PauliString, double[]> stats = measure(cc.program(), MeasurementGroups.of(toMeasure),
                    prepared.readout(set), plan.measureMitigation(), shots,
                    Seeds.stream(seed, pub.index(), set, Seeds.NOISY_ESTIMATE + 8 * factors.get(f)));
            int i = 0;
            for (int idx = 0; idx < elements.size(); idx++) {
                int e = elements.get(idx);
                RandomGenerator vanishing = Seeds.stream(seed, pub.index(), e, Seeds.SHOT_NOISE + 8 * factors.get(f));
                double value = 0;
                double variance = 0;
                for (Observable.Term t : pub.observables().get(pub.observableIndex(e)).terms()) {
                    ProgramPauli p = all.get(i++);
                    double mean;
                    double var;
                    if (p.vanishes()) {
                        // X or Y read on a qubit left in |0>: fair coin flips
                        mean = ShotNoise.estimate(0, shots, vanishing);
                        var = 1 - mean * mean;
                    } else if (p.pauli().isIdentity()) {
                        mean = 1;
                        var = 0;
                    } else {
                        double[] s = stats.get(p.pauli());
                        mean = s[0];
                        var = s[1];
                    }
                    value += t.coefficient() * mean;
                    variance += t.coefficient() * t.coefficient() * var / shots;
                }
                values[idx][f] = value;
                errors[idx][f] = Math.sqrt(variance);
            }
        }
        Extrapolator extrapolator = plan.zne() ? Extrapolator.of(plan.extrapolator(), factors) : null;
        for (int idx = 0; idx < elements.size(); idx++) {
            int e = elements.get(idx);
            if (extrapolator == null) {
                evs[e] = values[idx][0];
                stds[e] = errors[idx][0];
            } else {
                evs[e] = extrapolator.value(values[idx]);
                stds[e] = extrapolator.std(errors[idx]);
            }
        }
    }

    /**
     * Runs each group's measurement and returns, per Pauli string, {mean, variance} of its per-shot
     * parity (with readout inversion: the product of each qubit's inverse-assignment factor).
     */
    private Map<PauliString, double[]> measure(Program base, List<MeasurementGroups.Group> groups, double[][] readout,
            boolean mitigate, int shots, RandomGenerator rng) {
        Map<PauliString, double[]> stats = new HashMap<>();
        for (MeasurementGroups.Group g : groups) {
            Program program = MeasurementProgram.build(base, g.basis(), readout);
            Shots result = simulator.sample(program, shots, rng);
            for (PauliString term : g.terms()) {
                long support = term.support();
                double sum = 0;
                double sumSq = 0;
                for (int s = 0; s < shots; s++) {
                    double v = 1;
                    for (long rest = support; rest != 0; rest &= rest - 1) {
                        int q = Long.numberOfTrailingZeros(rest);
                        int bit = result.bit(s, MeasurementProgram.clbitOf(base, q)) ? 1 : 0;
                        v *= mitigate ? ReadoutMitigation.parityFactor(bit, readout[q][0], readout[q][1]) : 1 - 2 * bit;
                    }
                    sum += v;
                    sumSq += v * v;
                }
                double mean = sum / shots;
                stats.put(term, new double[] {mean, Math.max(0, sumSq / shots - mean * mean)});
            }
        }
        return stats;
    }
}
