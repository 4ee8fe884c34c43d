package io.qrun.engine.compile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.sim.Op;
import io.qrun.engine.sim.Program;
import java.util.List;

/**
 * Test-only dense reference, written independently of the compiler's helpers: full 2^n x 2^n
 * matrices built entry by entry from the definition of a gate on a subset of qubits.
 */
final class Dense {

    static final double EXACT = 1e-12;

    private Dense() {}

    /** The full n-qubit matrix of {@code m} on {@code qubits} (bit j of m's index = qubits[j]). */
    static double[] embed(double[] m, int[] qubits, int n) {
        int d = 1 << n, k = qubits.length, dk = 1 << k;
        int mask = 0;
        for (int q : qubits) {
            mask |= 1 << q;
        }
        double[] full = new double[2 * d * d];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                if ((r & ~mask) != (c & ~mask)) {
                    continue;
                }
                int rs = 0, cs = 0;
                for (int j = 0; j < k; j++) {
                    rs |= (r >> qubits[j] & 1) << j;
                    cs |= (c >> qubits[j] & 1) << j;
                }
                full[2 * (r * d + c)] = m[2 * (rs * dk + cs)];
                full[2 * (r * d + c) + 1] = m[2 * (rs * dk + cs) + 1];
            }
        }
        return full;
    }

    /** Full matrix of a controlled op: identity where the controls do not read controlState. */
    static double[] embedControlled(int[] controls, long state, int[] targets, double[] m, int n) {
        int d = 1 << n;
        double[] t = embed(m, targets, n);
        double[] full = new double[2 * d * d];
        for (int r = 0; r < d; r++) {
            boolean active = true;
            for (int j = 0; j < controls.length; j++) {
                if ((r >> controls[j] & 1) != (state >> j & 1)) {
                    active = false;
                }
            }
            for (int c = 0; c < d; c++) {
                if (active) {
                    full[2 * (r * d + c)] = t[2 * (r * d + c)];
                    full[2 * (r * d + c) + 1] = t[2 * (r * d + c) + 1];
                } else if (r == c) {
                    full[2 * (r * d + c)] = 1;
                }
            }
        }
        return full;
    }

    static double[] mul(double[] a, double[] b) {
        int d = (int) Math.round(Math.sqrt(a.length / 2.0));
        double[] c = new double[a.length];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double sr = 0, si = 0;
                for (int k = 0; k < d; k++) {
                    double ar = a[2 * (i * d + k)], ai = a[2 * (i * d + k) + 1];
                    double br = b[2 * (k * d + j)], bi = b[2 * (k * d + j) + 1];
                    sr += ar * br - ai * bi;
                    si += ar * bi + ai * br;
                }
                c[2 * (i * d + j)] = sr;
                c[2 * (i * d + j) + 1] = si;
            }
        }
        return c;
    }

    static double[] identity(int n) {
        int d = 1 << n;
        double[] m = new double[2 * d * d];
        for (int i = 0; i < d; i++) {
            m[2 * (i * d + i)] = 1;
        }
        return m;
    }

    static double[] dagger(double[] a) {
        int d = (int) Math.round(Math.sqrt(a.length / 2.0));
        double[] c = new double[a.length];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                c[2 * (j * d + i)] = a[2 * (i * d + j)];
                c[2 * (j * d + i) + 1] = -a[2 * (i * d + j) + 1];
            }
        }
        return c;
    }

    /** The unitary of a program's unitary ops (first op applied first); fails on any other op. */
    static double[] unitary(Program p) {
        return unitary(p.ops(), p.numQubits());
    }

    static double[] unitary(List<Op> ops, int n) {
        double[] u = identity(n);
        for (Op op : ops) {
            double[] g;
            if (op instanceof Op.Unitary x) {
                g = embed(x.matrix(), x.qubits(), n);
            } else if (op instanceof Op.ControlledUnitary c) {
                g = embedControlled(c.controls(), c.controlState(), c.targets(), c.matrix(), n);
            } else if (op instanceof Op.GlobalPhase ph) {
                g = scale(identity(n), Math.cos(ph.phase()), Math.sin(ph.phase()));
            } else {
                throw new AssertionError("not a unitary op: " + op);
            }
            u = mul(g, u);
        }
        return u;
    }

    static double[] scale(double[] a, double re, double im) {
        double[] c = new double[a.length];
        for (int k = 0; k < a.length; k += 2) {
            c[k] = re * a[k] - im * a[k + 1];
            c[k + 1] = re * a[k + 1] + im * a[k];
        }
        return c;
    }

    /** A matrix from rows of complex entries given as {re, im} pairs per entry, row-major. */
    static double[] of(double... interleaved) {
        return interleaved.clone();
    }

    static void assertClose(double[] expected, double[] actual) {
        assertClose(expected, actual, EXACT);
    }

    static void assertClose(double[] expected, double[] actual, double tol) {
        assertTrue(expected.length == actual.length,
                "sizes differ: " + expected.length + " vs " + actual.length);
        double max = 0;
        for (int k = 0; k < expected.length; k += 2) {
            max = Math.max(max, Math.hypot(expected[k] - actual[k], expected[k + 1] - actual[k + 1]));
        }
        assertTrue(max <= tol, "matrices differ by " + max + "\nexpected " + str(expected) + "\nactual   " + str(actual));
    }

    static void assertUnitary(double[] m) {
        int d = (int) Math.round(Math.sqrt(m.length / 2.0));
        assertClose(identity(Integer.numberOfTrailingZeros(d)), mul(dagger(m), m));
        assertClose(identity(Integer.numberOfTrailingZeros(d)), mul(m, dagger(m)));
    }

    static String str(double[] m) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < m.length; k += 2) {
            sb.append(String.format("%.4f%+.4fi ", m[k], m[k + 1]));
        }
        return sb.append("]").toString();
    }
}
