package io.qrun.engine.compile;

import io.qrun.engine.sim.Op;

/**
 * The estimated cost of one simulator pass per op, in units of a dense one-qubit gate, so that
 * fusion only emits a block when it is cheaper than the ops it replaces.
 *
 * <p>Re-measured on 2026-11-27 with the simulator's final kernels (docs/performance.md, "How the
 * kernels get there": CPU time on one thread at n = 22, relative to a dense one-qubit pass):
 * dense 1q 1, dense 2q 1.5, dense 3q 4.7, dense 4q 8.2, dense 5q 14.4, cx 0.37, rz 0.82. A
 * controlled op visits only the amplitudes whose controls match (half of them per control), so it
 * costs about half of its target kernel. With these numbers a 2-qubit block pays as soon as it
 * absorbs two gates, and 4- or 5-qubit blocks rarely do. The first table (an earlier kernel
 * generation, when a dense 2-qubit pass cost 7 one-qubit passes) kept the fuser from fusing at all.
 * Re-measure with the JMH benchmarks (bench/run-jmh.sh) whenever the kernels change.
 */
final class FusionCostModel {

    private static final double[] DENSE = {0, 1, 1.5, 4.7, 8.2, 14.4};
    private static final double[] DIAGONAL = {0, 0.8, 1.0, 1.5, 2.5, 5};
    private static final double[] PERMUTATION = {0, 0.75, 1.0, 1.5, 2, 3};
    private static final double CONTROLLED_FACTOR = 0.5;

    private FusionCostModel() {}

    /** The cost of a dense (or, when {@code diagonal}, diagonal) block on {@code k} qubits. */
    static double block(int k, boolean diagonal) {
        return table(diagonal ? DIAGONAL : DENSE, k);
    }

    static double of(Op op) {
        if (op instanceof Op.Unitary u) {
            return ofMatrix(u.qubits().length, u.matrix());
        } else if (op instanceof Op.ControlledUnitary c) {
            return CONTROLLED_FACTOR * ofMatrix(c.targets().length, c.matrix());
        }
        return 0;
    }

    private static double ofMatrix(int k, double[] m) {
        if (Matrices.isDiagonal(m)) {
            return table(DIAGONAL, k);
        }
        return isPermutation(m) ? table(PERMUTATION, k) : table(DENSE, k);
    }

    private static double table(double[] t, int k) {
        if (k < t.length) {
            return t[k];
        }
        // beyond the table: each qubit doubles the work of a dense block
        return t[t.length - 1] * Math.pow(2, k - t.length + 1);
    }

    private static boolean isPermutation(double[] m) {
        int d = Matrices.dim(m);
        for (int r = 0; r < d; r++) {
            int nonZero = 0;
            for (int c = 0; c < d; c++) {
                if (m[2 * (r * d + c)] != 0 || m[2 * (r * d + c) + 1] != 0) {
                    nonZero++;
                }
            }
            if (nonZero != 1) {
                return false;
            }
        }
        return true;
    }
}
