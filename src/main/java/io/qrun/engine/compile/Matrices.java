package io.qrun.engine.compile;

/**
 * Small dense complex matrix arithmetic on the interleaved row-major layout of
 * {@link io.qrun.engine.sim.Op} ({@code re, im} pairs; bit j of an index = operand j). Sizes here
 * are those of gates and fused blocks (at most a few qubits), so plain loops are fast enough.
 */
public final class Matrices {

    private Matrices() {}

    /** The dimension d of a d x d interleaved matrix. */
    public static int dim(double[] m) {
        int d = (int) Math.round(Math.sqrt(m.length / 2.0));
        if (2 * d * d != m.length) {
            throw new IllegalArgumentException("Not a square complex matrix: " + m.length + " doubles");
        }
        return d;
    }

    /** The identity on {@code numQubits} qubits. */
    public static double[] identity(int numQubits) {
        int d = 1 << numQubits;
        double[] m = new double[2 * d * d];
        for (int i = 0; i < d; i++) {
            m[2 * (i * d + i)] = 1;
        }
        return m;
    }

    /** a * b. */
    public static double[] multiply(double[] a, double[] b) {
        int d = dim(a);
        double[] c = new double[a.length];
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < d; k++) {
                double ar = a[2 * (i * d + k)], ai = a[2 * (i * d + k) + 1];
                if (ar == 0 && ai == 0) {
                    continue;
                }
                for (int j = 0; j < d; j++) {
                    double br = b[2 * (k * d + j)], bi = b[2 * (k * d + j) + 1];
                    c[2 * (i * d + j)] += ar * br - ai * bi;
                    c[2 * (i * d + j) + 1] += ar * bi + ai * br;
                }
            }
        }
        return c;
    }

    /** The conjugate transpose (the inverse of a unitary). */
    public static double[] dagger(double[] a) {
        int d = dim(a);
        double[] c = new double[a.length];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                c[2 * (j * d + i)] = a[2 * (i * d + j)];
                c[2 * (j * d + i) + 1] = -a[2 * (i * d + j) + 1];
            }
        }
        return c;
    }

    /** (re + i im) * a. */
    public static double[] scale(double[] a, double re, double im) {
        double[] c = new double[a.length];
        for (int k = 0; k < a.length; k += 2) {
            c[k] = re * a[k] - im * a[k + 1];
            c[k + 1] = re * a[k + 1] + im * a[k];
        }
        return c;
    }

    /**
     * The tensor product with {@code low} on the low bits and {@code high} on the high bits
     * (Qiskit's {@code high ⊗ low}).
     */
    public static double[] kron(double[] high, double[] low) {
        int dh = dim(high), dl = dim(low), d = dh * dl;
        double[] c = new double[2 * d * d];
        for (int r = 0; r < d; r++) {
            for (int col = 0; col < d; col++) {
                int l = 2 * ((r % dl) * dl + (col % dl)), h = 2 * ((r / dl) * dh + (col / dl));
                c[2 * (r * d + col)] = low[l] * high[h] - low[l + 1] * high[h + 1];
                c[2 * (r * d + col) + 1] = low[l] * high[h + 1] + low[l + 1] * high[h];
            }
        }
        return c;
    }

    /** a^k for k >= 0 by repeated squaring. */
    public static double[] power(double[] a, long k) {
        if (k < 0) {
            throw new IllegalArgumentException("negative power " + k + ": invert first");
        }
        double[] result = identity(Integer.numberOfTrailingZeros(dim(a)));
        double[] base = a;
        while (k > 0) {
            if ((k & 1) == 1) {
                result = multiply(result, base);
            }
            k >>= 1;
            if (k > 0) {
                base = multiply(base, base);
            }
        }
        return result;
    }

    /**
     * The dense matrix, on controls (low bits, in order) then targets, of {@code target} applied
     * where control j reads bit j of {@code controlState}.
     */
    public static double[] controlledToDense(int numControls, long controlState, double[] target) {
        int dt = dim(target);
        int c = 1 << numControls;
        int d = c * dt;
        double[] m = identity(Integer.numberOfTrailingZeros(d));
        int active = (int) controlState;
        for (int r = 0; r < dt; r++) {
            int row = r * c + active;
            m[2 * (row * d + row)] = 0;
            for (int col = 0; col < dt; col++) {
                int column = col * c + active;
                m[2 * (row * d + column)] = target[2 * (r * dt + col)];
                m[2 * (row * d + column) + 1] = target[2 * (r * dt + col) + 1];
            }
        }
        return m;
    }

    /**
     * Applies in place to the {@code n}-qubit vector {@code v} (interleaved, length 2^(n+1)) the
     * matrix {@code a} on {@code targets} where each {@code controls[j]} reads bit j of
     * {@code controlState}. Positions are bit indices of {@code v}.
     */
    public static void apply(double[] v, int n, int[] controls, long controlState, int[] targets, double[] a) {
        int k = targets.length, d = 1 << k;
        int[] offsets = new int[d];
        for (int j = 0; j < d; j++) {
            for (int b = 0; b < k; b++) {
                if ((j >> b & 1) == 1) {
                    offsets[j] |= 1 << targets[b];
                }
            }
        }
        int fixedMask = 0, fixedValue = 0;
        for (int j = 0; j < controls.length; j++) {
            fixedMask |= 1 << controls[j];
            if ((controlState >> j & 1) == 1) {
                fixedValue |= 1 << controls[j];
            }
        }
        int targetMask = offsets[d - 1];
        double[] re = new double[d], im = new double[d];
        for (int base = 0; base < 1 << n; base++) {
            if ((base & targetMask) != 0 || (base & fixedMask) != fixedValue) {
                continue;
            }
            for (int j = 0; j < d; j++) {
                re[j] = v[2 * (base | offsets[j])];
                im[j] = v[2 * (base | offsets[j]) + 1];
            }
            for (int r = 0; r < d; r++) {
                double sr = 0, si = 0;
                for (int c = 0; c < d; c++) {
                    double ar = a[2 * (r * d + c)], ai = a[2 * (r * d + c) + 1];
                    sr += ar * re[c] - ai * im[c];
                    si += ar * im[c] + ai * re[c];
                }
                v[2 * (base | offsets[r])] = sr;
                v[2 * (base | offsets[r]) + 1] = si;
            }
        }
    }

    /** The largest |a_ij - b_ij| (complex modulus): how far apart two matrices are. */
    public static double maxDistance(double[] a, double[] b) {
        if (a.length != b.length) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        for (int k = 0; k < a.length; k += 2) {
            max = Math.max(max, Math.hypot(a[k] - b[k], a[k + 1] - b[k + 1]));
        }
        return max;
    }

    /** True when {@code m} is diagonal (exactly: zeros off the diagonal). */
    public static boolean isDiagonal(double[] m) {
        int d = dim(m);
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                if (r != c && (m[2 * (r * d + c)] != 0 || m[2 * (r * d + c) + 1] != 0)) {
                    return false;
                }
            }
        }
        return true;
    }
}
