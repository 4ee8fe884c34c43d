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
 *       does: for each group of qubit-wise commuting terms, N shots are measured in the group's basis with
 *       readout errors, drawn from noise trajectories (one per shot for small circuits);
 *       parities are averaged, with readout-error inversion when asked, and zero-noise
 *       extrapolation over folded circuits when asked.</li>
 * </ul>
 */
final class EstimatorRunner {

    /**
     * Noise trajectories per measurement basis: one per shot (what a QPU does) while that costs at
     * most {@link #TRAJECTORY_WORK_BUDGET} amplitude updates, else as many as the budget allows but
     * at least this many, with the shots spread over them.
     */
    static final int MIN_TRAJECTORIES = 256;
    /** Amplitude updates (2^n + 1024 per op) that one basis may spend on trajectories: about a second of work. */
    static final long TRAJECTORY_WORK_BUDGET = 1L << 28;

    private final Simulator simulator;
    private final long trajectoryWorkBudget;

    EstimatorRunner(Simulator simulator, long trajectoryWorkBudget) {
        this.simulator = simulator;
        this.trajectoryWorkBudget = trajectoryWorkBudget;
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
                        var = (1 - mean * mean) / shots;
                    } else if (p.pauli().isIdentity()) {
                        mean = 1;
                        var = 0;
                    } else {
                        double[] s = stats.get(p.pauli());
                        mean = s[0];
                        var = s[1]; // already the variance of the mean
                    }
                    value += t.coefficient() * mean;
                    variance += t.coefficient() * t.coefficient() * var;
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
     * Runs each group's measurement and returns, per Pauli string, {mean, variance of the mean} of
     * its per-shot parity (with readout inversion: the product of each qubit's inverse-assignment
     * factor). Noise and mid-circuit measurements are sampled by trajectories (see
     * {@link #trajectories}); the shots are spread over them and drawn from each trajectory's final
     * state with the readout errors. Shots of one trajectory share its noise, so the variance is
     * estimated from the trajectories' totals (the ratio estimator of cluster sampling), which
     * reduces to the sample variance / N when every trajectory has one shot.
     */
    private Map<PauliString, double[]> measure(Program base, List<MeasurementGroups.Group> groups, double[][] readout,
            boolean mitigate, int shots, RandomGenerator rng) {
        Map<PauliString, double[]> stats = new HashMap<>();
        int trajectories = trajectories(base, shots, trajectoryWorkBudget);
        long[] clbits = new long[Math.max(1, (base.numClbits() + 63) / 64)];
        for (MeasurementGroups.Group g : groups) {
            List<PauliString> terms = g.terms();
            double[] total = new double[terms.size()];
            double[] totalSq = new double[terms.size()];
            double[] crossN = new double[terms.size()];
            double[] shotSq = new double[terms.size()];
            double sizesSq = 0;
            if (trajectories == shots) {
                // One trajectory per shot: the simulator runs them all from one prepared plan.
                Shots result = simulator.sample(MeasurementProgram.measured(base, g.basis(), readout), shots, rng);
                int[][] bits = new int[shots][readout.length];
                for (int s = 0; s < shots; s++) {
                    for (long rest = g.basis().support(); rest != 0; rest &= rest - 1) {
                        int q = Long.numberOfTrailingZeros(rest);
                        bits[s][q] = result.bit(s, MeasurementProgram.clbitOf(base, q)) ? 1 : 0;
                    }
                }
                for (int s = 0; s < shots; s++) {
                    sizesSq += 1;
                    accumulate(terms, new int[][] {bits[s]}, readout, mitigate, total, totalSq, crossN, shotSq);
                }
            } else {
                Program rotated = MeasurementProgram.rotated(base, g.basis());
                for (int t = 0; t < trajectories; t++) {
                    int n = shots / trajectories + (t < shots % trajectories ? 1 : 0);
                    StateVector state = simulator.runTrajectory(rotated, rng, clbits);
                    long[] outcomes = BasisSampler.draw(state, n, rng);
                    sizesSq += (double) n * n;
                    accumulate(terms, readBits(outcomes, g.basis().support(), readout, rng), readout, mitigate,
                            total, totalSq, crossN, shotSq);
                }
            }
            for (int k = 0; k < terms.size(); k++) {
                double mean = total[k] / shots;
                double varOfMean;
                if (trajectories > 1) {
                    // sum_t (Y_t - n_t m)^2 = sum Y^2 - 2 m sum n Y + m^2 sum n^2
                    double ss = totalSq[k] - 2 * mean * crossN[k] + mean * mean * sizesSq;
                    varOfMean = Math.max(0, ss) * trajectories / (trajectories - 1.0) / ((double) shots * shots);
                } else {
                    varOfMean = Math.max(0, shotSq[k] / shots - mean * mean) / shots;
                }
                stats.put(terms.get(k), new double[] {mean, varOfMean});
            }
        }
        return stats;
    }

    /** Adds one trajectory's shots ({@code bits[shot][qubit]}) to each term's sums. */
    private static void accumulate(List<PauliString> terms, int[][] bits, double[][] readout, boolean mitigate,
            double[] total, double[] totalSq, double[] crossN, double[] shotSq) {
        int n = bits.length;
        for (int k = 0; k < terms.size(); k++) {
            long support = terms.get(k).support();
            double y = 0;
            for (int[] shot : bits) {
                double v = 1;
                for (long rest = support; rest != 0; rest &= rest - 1) {
                    int q = Long.numberOfTrailingZeros(rest);
                    v *= mitigate ? ReadoutMitigation.parityFactor(shot[q], readout[q][0], readout[q][1]) : 1 - 2 * shot[q];
                }
                y += v;
                shotSq[k] += v * v;
            }
            total[k] += y;
            totalSq[k] += y * y;
            crossN[k] += y * n;
        }
    }

    /** One trajectory per shot when the work budget allows, else the budget's worth, at least {@link #MIN_TRAJECTORIES}. */
    static int trajectories(Program program, int shots, long workBudget) {
        // an op costs 2^n amplitude updates plus a fixed overhead (kernel dispatch, noise draws)
        // that dominates for small states; 1024 updates is what that overhead measured as (8 qubits)
        long work = ((1L << program.numQubits()) + 1024) * Math.max(1, program.ops().size());
        long affordable = Math.max(MIN_TRAJECTORIES, workBudget / work);
        return (int) Math.min(shots, affordable);
    }

    /** The read bit of every measured qubit of every outcome, each flipped with its readout error. */
    private static int[][] readBits(long[] outcomes, long measured, double[][] readout, RandomGenerator rng) {
        int numQubits = readout.length;
        int[][] bits = new int[outcomes.length][numQubits];
        for (int s = 0; s < outcomes.length; s++) {
            for (long rest = measured; rest != 0; rest &= rest - 1) {
                int q = Long.numberOfTrailingZeros(rest);
                int bit = (int) (outcomes[s] >>> q & 1);
                double flip = bit == 0 ? readout[q][0] : readout[q][1];
                if (flip > 0 && rng.nextDouble() < flip) {
                    bit ^= 1;
                }
                bits[s][q] = bit;
            }
        }
        return bits;
    }
}
