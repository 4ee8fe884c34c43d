package io.qrun.engine.compile;

/**
 * U^k for a unitary U and a real k, the way Qiskit's {@code Gate.power} computes it: diagonalise U
 * (a unitary is normal, so U = V diag(e^{i a_j}) V^dagger with V unitary) and raise each eigenvalue
 * to the k-th power on the principal branch (eigenphases a_j in (-pi, pi]). So pow(0.5) @ x is
 * exactly sx and pow(0.5) @ z is s.
 *
 * <p>The eigenvectors come from two Hermitian problems solved by cyclic Jacobi rotations (accurate
 * to rounding for these small sizes): the Hermitian part (U + U^dagger)/2 has eigenvalues cos a_j;
 * inside each of its degenerate eigenspaces (where a and -a meet) the anti-Hermitian part
 * (U - U^dagger)/2i, with eigenvalues sin a_j, separates them.
 */
final class UnitaryPower {

    /** Eigenvalues of the Hermitian part closer than this are treated as one eigenspace. */
    private static final double CLUSTER_TOLERANCE = 1e-9;

    /** An eigenvalue within this of the negative real axis is -1, whose principal phase is +pi. */
    private static final double BRANCH_CUT_TOLERANCE = 1e-12;

    private UnitaryPower() {}

    /** U^k. */
    static double[] power(double[] u, double k) {
        int d = Matrices.dim(u);
        double[] ud = Matrices.dagger(u);
        double[] hermitian = new double[u.length];
        double[] antiHermitian = new double[u.length];
        for (int i = 0; i < u.length; i += 2) {
            hermitian[i] = (u[i] + ud[i]) / 2;
            hermitian[i + 1] = (u[i + 1] + ud[i + 1]) / 2;
            // (U - U^dagger) / 2i: (a + ib) / i = b - ia
            antiHermitian[i] = (u[i + 1] - ud[i + 1]) / 2;
            antiHermitian[i + 1] = -(u[i] - ud[i]) / 2;
        }
        double[] v = Matrices.identity(Integer.numberOfTrailingZeros(d));
        double[] cosines = jacobi(hermitian, v, d);
        separateDegenerate(cosines, antiHermitian, v, d);

        // U^k = V diag(lambda_j^k) V^dagger, lambda_j = v_j^dagger U v_j
        double[] result = new double[u.length];
        for (int j = 0; j < d; j++) {
            double lr = 0, li = 0;
            for (int r = 0; r < d; r++) {
                double ur = 0, ui = 0;
                for (int c = 0; c < d; c++) {
                    double ar = u[2 * (r * d + c)], ai = u[2 * (r * d + c) + 1];
                    double vr = v[2 * (c * d + j)], vi = v[2 * (c * d + j) + 1];
                    ur += ar * vr - ai * vi;
                    ui += ar * vi + ai * vr;
                }
                double wr = v[2 * (r * d + j)], wi = -v[2 * (r * d + j) + 1];
                lr += wr * ur - wi * ui;
                li += wr * ui + wi * ur;
            }
            double phase = Math.abs(li) <= BRANCH_CUT_TOLERANCE && lr < 0 ? Math.PI : Math.atan2(li, lr);
            double pr = Math.cos(k * phase), pi = Math.sin(k * phase);
            for (int r = 0; r < d; r++) {
                double ar = v[2 * (r * d + j)], ai = v[2 * (r * d + j) + 1];
                double xr = ar * pr - ai * pi, xi = ar * pi + ai * pr;
                for (int c = 0; c < d; c++) {
                    double br = v[2 * (c * d + j)], bi = -v[2 * (c * d + j) + 1];
                    result[2 * (r * d + c)] += xr * br - xi * bi;
                    result[2 * (r * d + c) + 1] += xr * bi + xi * br;
                }
            }
        }
        return result;
    }

    /**
     * Within each cluster of equal Hermitian-part eigenvalues, rotates the columns of v to
     * eigenvectors of the anti-Hermitian part restricted to that eigenspace.
     */
    private static void separateDegenerate(double[] values, double[] antiHermitian, double[] v, int d) {
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        int start = 0;
        while (start < d) {
            int end = start + 1;
            while (end < d && values[order[end]] - values[order[end - 1]] < CLUSTER_TOLERANCE) {
                end++;
            }
            if (end - start > 1) {
                rotateCluster(java.util.Arrays.copyOfRange(order, start, end), antiHermitian, v, d);
            }
            start = end;
        }
    }

    private static void rotateCluster(Integer[] cols, double[] h, double[] v, int d) {
        int s = cols.length;
        // B = W^dagger H W with W = the cluster's columns of v
        double[] hw = new double[2 * d * s];
        for (int r = 0; r < d; r++) {
            for (int j = 0; j < s; j++) {
                double sr = 0, si = 0;
                for (int c = 0; c < d; c++) {
                    double ar = h[2 * (r * d + c)], ai = h[2 * (r * d + c) + 1];
                    double wr = v[2 * (c * d + cols[j])], wi = v[2 * (c * d + cols[j]) + 1];
                    sr += ar * wr - ai * wi;
                    si += ar * wi + ai * wr;
                }
                hw[2 * (r * s + j)] = sr;
                hw[2 * (r * s + j) + 1] = si;
            }
        }
        double[] b = new double[2 * s * s];
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                double sr = 0, si = 0;
                for (int r = 0; r < d; r++) {
                    double wr = v[2 * (r * d + cols[i])], wi = -v[2 * (r * d + cols[i]) + 1];
                    double xr = hw[2 * (r * s + j)], xi = hw[2 * (r * s + j) + 1];
                    sr += wr * xr - wi * xi;
                    si += wr * xi + wi * xr;
                }
                b[2 * (i * s + j)] = sr;
                b[2 * (i * s + j) + 1] = si;
            }
        }
        double[] y = identityOfSize(s);
        jacobi(b, y, s);
        // columns W <- W Y
        double[] w = new double[2 * d * s];
        for (int r = 0; r < d; r++) {
            for (int j = 0; j < s; j++) {
                w[2 * (r * s + j)] = v[2 * (r * d + cols[j])];
                w[2 * (r * s + j) + 1] = v[2 * (r * d + cols[j]) + 1];
            }
        }
        for (int r = 0; r < d; r++) {
            for (int j = 0; j < s; j++) {
                double sr = 0, si = 0;
                for (int c = 0; c < s; c++) {
                    double ar = w[2 * (r * s + c)], ai = w[2 * (r * s + c) + 1];
                    double br = y[2 * (c * s + j)], bi = y[2 * (c * s + j) + 1];
                    sr += ar * br - ai * bi;
                    si += ar * bi + ai * br;
                }
                v[2 * (r * d + cols[j])] = sr;
                v[2 * (r * d + cols[j]) + 1] = si;
            }
        }
    }

    private static double[] identityOfSize(int s) {
        double[] m = new double[2 * s * s];
        for (int i = 0; i < s; i++) {
            m[2 * (i * s + i)] = 1;
        }
        return m;
    }

    /**
     * Diagonalises the Hermitian n x n matrix {@code a} in place by cyclic complex Jacobi
     * rotations, accumulating them into the columns of {@code v} (v <- v J), and returns the
     * eigenvalues (the final diagonal).
     */
    static double[] jacobi(double[] a, double[] v, int n) {
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0, total = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double m2 = a[2 * (i * n + j)] * a[2 * (i * n + j)] + a[2 * (i * n + j) + 1] * a[2 * (i * n + j) + 1];
                    total += m2;
                    if (i != j) {
                        off += m2;
                    }
                }
            }
            if (off <= 1e-32 * Math.max(total, 1e-300)) {
                break;
            }
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(a, v, n, p, q);
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[2 * (i * n + i)];
        }
        return values;
    }

    /** One Jacobi rotation zeroing a_pq: J = D R with D removing the phase of a_pq, R real. */
    private static void rotate(double[] a, double[] v, int n, int p, int q) {
        double apqr = a[2 * (p * n + q)], apqi = a[2 * (p * n + q) + 1];
        double r = Math.hypot(apqr, apqi);
        if (r == 0) {
            return;
        }
        double app = a[2 * (p * n + p)], aqq = a[2 * (q * n + q)];
        // e = a_pq / |a_pq|; D = diag(1, conj(e)) makes the pq entry real (= r)
        double er = apqr / r, ei = apqi / r;
        double theta = (aqq - app) / (2 * r);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1), s = t * c;
        // J = [[c, s], [-s conj(e), c conj(e)]] on (p, q)
        double jppR = c, jppI = 0;
        double jpqR = s, jpqI = 0;
        double jqpR = -s * er, jqpI = s * ei;
        double jqqR = c * er, jqqI = -c * ei;
        // A <- A J (columns p, q)
        for (int k = 0; k < n; k++) {
            double kpR = a[2 * (k * n + p)], kpI = a[2 * (k * n + p) + 1];
            double kqR = a[2 * (k * n + q)], kqI = a[2 * (k * n + q) + 1];
            a[2 * (k * n + p)] = kpR * jppR - kpI * jppI + kqR * jqpR - kqI * jqpI;
            a[2 * (k * n + p) + 1] = kpR * jppI + kpI * jppR + kqR * jqpI + kqI * jqpR;
            a[2 * (k * n + q)] = kpR * jpqR - kpI * jpqI + kqR * jqqR - kqI * jqqI;
            a[2 * (k * n + q) + 1] = kpR * jpqI + kpI * jpqR + kqR * jqqI + kqI * jqqR;
            double vpR = v[2 * (k * n + p)], vpI = v[2 * (k * n + p) + 1];
            double vqR = v[2 * (k * n + q)], vqI = v[2 * (k * n + q) + 1];
            v[2 * (k * n + p)] = vpR * jppR - vpI * jppI + vqR * jqpR - vqI * jqpI;
            v[2 * (k * n + p) + 1] = vpR * jppI + vpI * jppR + vqR * jqpI + vqI * jqpR;
            v[2 * (k * n + q)] = vpR * jpqR - vpI * jpqI + vqR * jqqR - vqI * jqqI;
            v[2 * (k * n + q) + 1] = vpR * jpqI + vpI * jpqR + vqR * jqqI + vqI * jqqR;
        }
        // A <- J^dagger A (rows p, q)
        for (int k = 0; k < n; k++) {
            double pkR = a[2 * (p * n + k)], pkI = a[2 * (p * n + k) + 1];
            double qkR = a[2 * (q * n + k)], qkI = a[2 * (q * n + k) + 1];
            // conj(J_pp) a_pk + conj(J_qp) a_qk
            a[2 * (p * n + k)] = jppR * pkR + jppI * pkI + jqpR * qkR + jqpI * qkI;
            a[2 * (p * n + k) + 1] = jppR * pkI - jppI * pkR + jqpR * qkI - jqpI * qkR;
            // conj(J_pq) a_pk + conj(J_qq) a_qk
            a[2 * (q * n + k)] = jpqR * pkR + jpqI * pkI + jqqR * qkR + jqqI * qkI;
            a[2 * (q * n + k) + 1] = jpqR * pkI - jpqI * pkR + jqqR * qkI - jqqI * qkR;
        }
        a[2 * (p * n + q)] = 0;
        a[2 * (p * n + q) + 1] = 0;
        a[2 * (q * n + p)] = 0;
        a[2 * (q * n + p) + 1] = 0;
        a[2 * (p * n + p) + 1] = 0;
        a[2 * (q * n + q) + 1] = 0;
    }
}
