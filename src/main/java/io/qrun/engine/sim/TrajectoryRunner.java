package io.qrun.engine.sim;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Runs ops of a prepared program on one state as a single quantum trajectory: measurements draw
 * an outcome and collapse, resets measure and flip, conditionals read the classical bits, and the
 * noise channels are unravelled into randomly chosen Kraus branches with state-dependent
 * probabilities. The RNG is consumed in program order only, so a seed reproduces a trajectory
 * whatever the thread count.
 */
final class TrajectoryRunner {

    private final StateOps ops;

    TrajectoryRunner(StateOps ops) {
        this.ops = ops;
    }

    /** Runs {@code list[from..]} on {@code state}, writing clbit k to bit k%64 of clbits[k/64]. */
    void run(ExecutionPlan plan, List<Op> list, int from, StateVector state, RandomGenerator rng, long[] clbits) {
        for (int i = from; i < list.size(); i++) {
            Op op = list.get(i);
            if (op instanceof Op.Measure m) {
                measure(state, m, rng, clbits);
            } else if (op instanceof Op.Reset r) {
                reset(state, r.qubit(), rng);
            } else if (op instanceof Op.Conditional c) {
                List<Op> branch = readValue(clbits, c.clbits()) == c.value() ? c.thenOps() : c.elseOps();
                if (branch != null) {
                    run(plan, branch, 0, state, rng, clbits);
                }
            } else if (op instanceof Op.Depolarizing d) {
                depolarize(state, d, rng);
            } else if (op instanceof Op.ThermalRelaxation t) {
                relax(state, t, rng);
            } else {
                ops.apply(state, plan.kernel(op));
            }
        }
    }

    private void measure(StateVector state, Op.Measure m, RandomGenerator rng, long[] clbits) {
        int outcome = drawAndCollapse(state, m.qubit(), rng);
        int recorded = outcome;
        double flip = outcome == 0 ? m.probMeas1Prep0() : m.probMeas0Prep1();
        if (flip > 0 && rng.nextDouble() < flip) {
            recorded ^= 1;
        }
        int w = m.clbit() >>> 6;
        long bit = 1L << (m.clbit() & 63);
        clbits[w] = recorded == 1 ? clbits[w] | bit : clbits[w] & ~bit;
    }

    /** Draws the qubit's outcome with Born probabilities and projects onto it; returns the outcome. */
    private int drawAndCollapse(StateVector state, int qubit, RandomGenerator rng) {
        double p1 = Math.min(1.0, Math.max(0.0, ops.probabilityOne(state, qubit)));
        int outcome = rng.nextDouble() < p1 ? 1 : 0;
        double p = outcome == 1 ? p1 : 1.0 - p1;
        if (p < 1.0) {
            ops.project(state, qubit, outcome, p);
        }
        return outcome;
    }

    private void reset(StateVector state, int qubit, RandomGenerator rng) {
        double p1 = Math.min(1.0, Math.max(0.0, ops.probabilityOne(state, qubit)));
        if (p1 == 0) {
            return;
        }
        if (rng.nextDouble() < p1) {
            ops.decayToZero(state, qubit, p1);
        } else {
            ops.project(state, qubit, 0, 1.0 - p1);
        }
    }

    /** With probability lambda, a Pauli drawn uniformly from all 4^k (identity included) on the qubits. */
    private void depolarize(StateVector state, Op.Depolarizing d, RandomGenerator rng) {
        if (fires(d, rng)) {
            applyRandomPauli(state, d, rng);
        }
    }

    /**
     * Whether a depolarizing op fires in this trajectory. The draw does not depend on the state, so
     * it can be made ahead of the simulation (see {@link SharedPrefixSampler}); it consumes the
     * generator exactly as {@link #run} does.
     */
    static boolean fires(Op.Depolarizing d, RandomGenerator rng) {
        return d.lambda() != 0 && rng.nextDouble() < d.lambda();
    }

    /** The Pauli of a depolarizing op that fired: uniform over all 4^k, identity included. */
    void applyRandomPauli(StateVector state, Op.Depolarizing d, RandomGenerator rng) {
        for (int q : d.qubits()) {
            ops.applyPauli(state, q, rng.nextInt(4));
        }
    }

    /**
     * Thermal relaxation for {@code time} with T2 clamped to 2 T1; it decays populations by
     * exp(-t/T1) and coherences by exp(-t/T2). When T2 <= T1 the channel is a mixture with
     * state-independent weights: reset to |0> with p_reset = 1 - exp(-t/T1), Z with
     * p_z = (1 - p_reset)(1 - exp(-t (1/T2 - 1/T1))) / 2, else nothing (Qiskit Aer writes it the same
     * way). Then whether it acts can be drawn ahead, like a depolarizing op. When T1 < T2 <= 2 T1 it
     * is unravelled as amplitude damping (jump to |0> with probability p_reset * P(1), else the
     * renormalised no-jump operator diag(1, sqrt(1 - p_reset))) followed by a Z with probability
     * (1 - exp(-t/Tphi)) / 2, 1/Tphi = 1/T2 - 1/(2 T1).
     */
    private void relax(StateVector state, Op.ThermalRelaxation t, RandomGenerator rng) {
        if (t.time() == 0) {
            return;
        }
        if (isMixture(t)) {
            if (fires(t, rng)) {
                applyFiredRelaxation(state, t, rng);
            }
            return;
        }
        int q = t.qubit();
        double damping = resetProbability(t);
        if (damping > 0) {
            double p1 = Math.min(1.0, Math.max(0.0, ops.probabilityOne(state, q)));
            double jump = damping * p1;
            if (rng.nextDouble() < jump) {
                ops.decayToZero(state, q, p1);
            } else if (p1 > 0) {
                double norm = 1.0 / Math.sqrt(1.0 - jump);
                ops.scaleHalves(state, q, norm, Math.sqrt(1.0 - damping) * norm);
            }
        }
        double dephasingRate = 1.0 / effectiveT2(t) - 1.0 / (2 * t.t1());
        if (dephasingRate > 0) {
            double flip = -0.5 * Math.expm1(-t.time() * dephasingRate);
            if (rng.nextDouble() < flip) {
                ops.applyPauli(state, q, 3);
            }
        }
    }

    /** True when the relaxation is a state-independent mixture of nothing, Z and reset (T2 <= T1). */
    static boolean isMixture(Op.ThermalRelaxation t) {
        return effectiveT2(t) <= t.t1();
    }

    /**
     * Whether a mixture-form relaxation acts (Z or reset) in this trajectory: one draw, made ahead
     * of the simulation by {@link SharedPrefixSampler}, consumed exactly as {@link #run} does.
     * A zero-length relaxation draws nothing.
     */
    static boolean fires(Op.ThermalRelaxation t, RandomGenerator rng) {
        if (t.time() == 0) {
            return false;
        }
        return rng.nextDouble() < resetProbability(t) + dephasingProbability(t);
    }

    /** The action of a mixture-form relaxation that fired: reset or Z, by their weights. */
    void applyFiredRelaxation(StateVector state, Op.ThermalRelaxation t, RandomGenerator rng) {
        double reset = resetProbability(t);
        double acting = reset + dephasingProbability(t);
        if (rng.nextDouble() * acting < reset) {
            reset(state, t.qubit(), rng);
        } else {
            ops.applyPauli(state, t.qubit(), 3);
        }
    }

    private static double effectiveT2(Op.ThermalRelaxation t) {
        return Math.min(t.t2(), 2 * t.t1());
    }

    private static double resetProbability(Op.ThermalRelaxation t) {
        return -Math.expm1(-t.time() / t.t1());
    }

    /** p_z of the mixture form (T2 <= T1). */
    private static double dephasingProbability(Op.ThermalRelaxation t) {
        double survive = 1 - resetProbability(t);
        double rate = 1.0 / effectiveT2(t) - 1.0 / t.t1();
        return survive * -0.5 * Math.expm1(-t.time() * rate);
    }

    private static long readValue(long[] clbits, int[] bits) {
        long v = 0;
        for (int j = 0; j < bits.length; j++) {
            int b = bits[j];
            v |= (clbits[b >>> 6] >>> (b & 63) & 1L) << j;
        }
        return v;
    }
}
