package io.qrun.engine.compile;

import io.qrun.engine.sim.Op;

/**
 * The estimated cost of one simulator pass per op, in units of a dense one-qubit gate, so that
 * fusion only emits a block when it is cheaper than the ops it replaces.
 *
 * <p>Measured on 2026-11-27 with the sim branch's kernels at commit c61b3e6 (it picks diagonal,
 * permutation, dense 1-, 2- and k-qubit kernels by exact zeros): 20-qubit state, one thread, best of
 * 15 runs of 10 passes, three rounds, on the shared 2-core machine under heavy load (timings varied
 * up to 2x between rounds; ratios are approximate). Best times per pass: dense 1q 2.1 ms, diagonal
 * 1q 1.0, X 2.4, cx 3.7, ccx 5.0, controlled dense 1q 4.2, cp 5.7, diagonal 3q 5.1, dense 2q 14.5,
 * dense 3q 41, dense 4q 75, dense 5q 141. Dense kernels are compute-bound (a dense 2-qubit pass
 * costs about 7 one-qubit passes), so a 2-qubit block pays only when it absorbs several gates, and
 * 4- or 5-qubit blocks almost never do: hence the default of 3 for maxFusedQubits. Re-measure with
 * the sim's JMH benchmarks when its kernels change.
 */
final class FusionCostModel {

    private static final double[] DENSE = {0, 1, 7, 20, 36, 68};
    private static final double[] DIAGONAL = {0, 0.5, 2.5, 2.5, 5, 10};
    private static final double[] PERMUTATION = {0, 1.1, 2, 3, 4, 5};
    private static final double CONTROLLED_FACTOR = 2;

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
