package io.qrun.engine.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Fusion by hand for the benchmark, standing in for the compiler's fusion: every one-qubit gate is
 * multiplied into the next two-qubit gate on its qubit (M = G (U_b x U_a)), so a layer of
 * rotations plus a layer of CX becomes one dense 4x4 pass per pair. One-qubit gates with no later
 * two-qubit gate are emitted at the end. Only for programs of one- and two-qubit Unitary ops.
 */
final class HandFusion {

    private HandFusion() {}

    static List<Op> absorbSingleQubitGatesIntoTwoQubitGates(int numQubits, List<Op> ops) {
        double[][] pending = new double[numQubits][];
        List<Op> out = new ArrayList<>();
        for (Op op : ops) {
            Op.Unitary u = (Op.Unitary) op;
            int[] q = u.qubits();
            if (q.length == 1) {
                pending[q[0]] = pending[q[0]] == null ? u.matrix() : multiply(u.matrix(), pending[q[0]], 2);
            } else if (q.length == 2) {
                double[] before = kron(orIdentity(pending[q[1]]), orIdentity(pending[q[0]]));
                out.add(new Op.Unitary(q, multiply(u.matrix(), before, 4)));
                pending[q[0]] = null;
                pending[q[1]] = null;
            } else {
                throw new IllegalArgumentException("HandFusion handles one- and two-qubit gates only");
            }
        }
        for (int q = 0; q < numQubits; q++) {
            if (pending[q] != null) {
                out.add(new Op.Unitary(new int[] {q}, pending[q]));
            }
        }
        return out;
    }

    private static double[] orIdentity(double[] m) {
        return m != null ? m : new double[] {1, 0, 0, 0, 0, 0, 1, 0};
    }

    /** a * b for dim x dim interleaved complex matrices. */
    static double[] multiply(double[] a, double[] b, int dim) {
        double[] c = new double[2 * dim * dim];
        for (int r = 0; r < dim; r++) {
            for (int k = 0; k < dim; k++) {
                double ar = a[2 * (r * dim + k)], ai = a[2 * (r * dim + k) + 1];
                for (int col = 0; col < dim; col++) {
                    double br = b[2 * (k * dim + col)], bi = b[2 * (k * dim + col) + 1];
                    c[2 * (r * dim + col)] += ar * br - ai * bi;
                    c[2 * (r * dim + col) + 1] += ar * bi + ai * br;
                }
            }
        }
        return c;
    }

    /** high x low for 2x2 matrices: index bit 0 belongs to low (the gate's first qubit). */
    static double[] kron(double[] high, double[] low) {
        double[] c = new double[32];
        for (int r = 0; r < 4; r++) {
            for (int col = 0; col < 4; col++) {
                int hr = r >> 1, hc = col >> 1, lr = r & 1, lc = col & 1;
                double xr = high[2 * (hr * 2 + hc)], xi = high[2 * (hr * 2 + hc) + 1];
                double yr = low[2 * (lr * 2 + lc)], yi = low[2 * (lr * 2 + lc) + 1];
                c[2 * (r * 4 + col)] = xr * yr - xi * yi;
                c[2 * (r * 4 + col) + 1] = xr * yi + xi * yr;
            }
        }
        return c;
    }
}
