package io.qrun.engine.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Gate matrices and op builders for the simulator tests (interleaved, row-major, little-endian:
 * bit j of a matrix index belongs to qubits[j]). Test scope only: the compiler owns the real
 * gate library.
 */
final class TestGates {

    private TestGates() {}

    static final double S2 = 1 / Math.sqrt(2);

    static final double[] I = {1, 0, 0, 0, 0, 0, 1, 0};
    static final double[] H = {S2, 0, S2, 0, S2, 0, -S2, 0};
    static final double[] X = {0, 0, 1, 0, 1, 0, 0, 0};
    static final double[] Y = {0, 0, 0, -1, 0, 1, 0, 0};
    static final double[] Z = {1, 0, 0, 0, 0, 0, -1, 0};
    static final double[] S = {1, 0, 0, 0, 0, 0, 0, 1};
    static final double[] SDG = {1, 0, 0, 0, 0, 0, 0, -1};
    /** cx with qubits {control, target}: flips bit 1 of the index when bit 0 is set. */
    static final double[] CX = {
            1, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 1, 0,
            0, 0, 0, 0, 1, 0, 0, 0,
            0, 0, 1, 0, 0, 0, 0, 0};
    static final double[] CZ = diag(1, 0, 1, 0, 1, 0, -1, 0);
    static final double[] SWAP = {
            1, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 1, 0, 0, 0,
            0, 0, 1, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 1, 0};

    static double[] rx(double t) {
        double c = Math.cos(t / 2), s = Math.sin(t / 2);
        return new double[] {c, 0, 0, -s, 0, -s, c, 0};
    }

    static double[] ry(double t) {
        double c = Math.cos(t / 2), s = Math.sin(t / 2);
        return new double[] {c, 0, -s, 0, s, 0, c, 0};
    }

    static double[] rz(double t) {
        return new double[] {Math.cos(t / 2), -Math.sin(t / 2), 0, 0, 0, 0, Math.cos(t / 2), Math.sin(t / 2)};
    }

    static double[] p(double lambda) {
        return new double[] {1, 0, 0, 0, 0, 0, Math.cos(lambda), Math.sin(lambda)};
    }

    /** Diagonal matrix from interleaved diagonal entries. */
    static double[] diag(double... entries) {
        int dim = entries.length / 2;
        double[] m = new double[2 * dim * dim];
        for (int r = 0; r < dim; r++) {
            m[2 * (r * dim + r)] = entries[2 * r];
            m[2 * (r * dim + r) + 1] = entries[2 * r + 1];
        }
        return m;
    }

    static Op.Unitary u(double[] m, int... qubits) {
        return new Op.Unitary(qubits, m);
    }

    static Op.ControlledUnitary cu(int[] controls, long state, double[] m, int... targets) {
        return new Op.ControlledUnitary(controls, state, targets, m);
    }

    static Op.Measure measure(int q, int c) {
        return new Op.Measure(q, c, 0, 0);
    }

    static Program program(int n, int clbits, boolean dynamic, Op... ops) {
        return new Program(n, clbits, List.of(ops), dynamic);
    }

    /** Conjugate transpose. */
    static double[] dagger(double[] m) {
        int dim = (int) Math.round(Math.sqrt(m.length / 2.0));
        double[] d = new double[m.length];
        for (int r = 0; r < dim; r++) {
            for (int c = 0; c < dim; c++) {
                d[2 * (c * dim + r)] = m[2 * (r * dim + c)];
                d[2 * (c * dim + r) + 1] = -m[2 * (r * dim + c) + 1];
            }
        }
        return d;
    }

    /** The inverse of a unitary op list: reversed, each matrix daggered. */
    static List<Op> inverse(List<Op> ops) {
        List<Op> inv = new ArrayList<>();
        for (int i = ops.size() - 1; i >= 0; i--) {
            Op op = ops.get(i);
            if (op instanceof Op.Unitary x) {
                inv.add(new Op.Unitary(x.qubits(), dagger(x.matrix())));
            } else if (op instanceof Op.ControlledUnitary x) {
                inv.add(new Op.ControlledUnitary(x.controls(), x.controlState(), x.targets(), dagger(x.matrix())));
            } else {
                throw new IllegalArgumentException("not unitary: " + op);
            }
        }
        return inv;
    }

    /** A Haar-ish random unitary: Gram-Schmidt on the columns of a complex Gaussian matrix. */
    static double[] randomUnitary(int k, Random rnd) {
        int dim = 1 << k;
        double[][] re = new double[dim][dim];
        double[][] im = new double[dim][dim];
        for (int c = 0; c < dim; c++) {
            for (int r = 0; r < dim; r++) {
                re[c][r] = rnd.nextGaussian();
                im[c][r] = rnd.nextGaussian();
            }
            for (int prev = 0; prev < c; prev++) {
                // subtract <prev|col> prev
                double dr = 0, di = 0;
                for (int r = 0; r < dim; r++) {
                    dr += re[prev][r] * re[c][r] + im[prev][r] * im[c][r];
                    di += re[prev][r] * im[c][r] - im[prev][r] * re[c][r];
                }
                for (int r = 0; r < dim; r++) {
                    re[c][r] -= dr * re[prev][r] - di * im[prev][r];
                    im[c][r] -= dr * im[prev][r] + di * re[prev][r];
                }
            }
            double norm = 0;
            for (int r = 0; r < dim; r++) {
                norm += re[c][r] * re[c][r] + im[c][r] * im[c][r];
            }
            norm = Math.sqrt(norm);
            for (int r = 0; r < dim; r++) {
                re[c][r] /= norm;
                im[c][r] /= norm;
            }
        }
        double[] m = new double[2 * dim * dim];
        for (int r = 0; r < dim; r++) {
            for (int c = 0; c < dim; c++) {
                m[2 * (r * dim + c)] = re[c][r];
                m[2 * (r * dim + c) + 1] = im[c][r];
            }
        }
        return m;
    }

    /** A random normalised state of n qubits. */
    static double[] randomState(int n, Random rnd) {
        double[] s = new double[2 << n];
        double norm = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = rnd.nextGaussian();
            norm += s[i] * s[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < s.length; i++) {
            s[i] /= norm;
        }
        return s;
    }

    /** k distinct random qubits of n. */
    static int[] randomQubits(int n, int k, Random rnd) {
        List<Integer> all = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            all.add(q);
        }
        java.util.Collections.shuffle(all, rnd);
        int[] out = new int[k];
        for (int j = 0; j < k; j++) {
            out[j] = all.get(j);
        }
        return out;
    }
}
