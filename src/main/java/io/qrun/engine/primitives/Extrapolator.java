package io.qrun.engine.primitives;

import java.util.List;

/**
 * Zero-noise extrapolation: fits a polynomial in the noise factor to values measured at amplified
 * noise and evaluates it at zero noise. Every fit used here is linear in the measured values, so
 * the result is a weighted sum {@code sum_i w_i y_i}; the weights also propagate the standard
 * errors ({@code sqrt(sum_i w_i^2 s_i^2)} for independent measurements).
 */
final class Extrapolator {

    private final String name;
    private final double[] weights;

    private Extrapolator(String name, double[] weights) {
        this.name = name;
        this.weights = weights;
    }

    /**
     * @param name    "linear" (least-squares line), "richardson" (the polynomial through every point)
     *                or "polynomial_degree_k" (least-squares polynomial of degree k)
     * @param factors the noise factors, at least degree + 1 distinct ones
     */
    static Extrapolator of(String name, List<Integer> factors) {
        int degree;
        if (name.equals("linear")) {
            degree = 1;
        } else if (name.equals("richardson")) {
            degree = factors.size() - 1;
        } else if (name.startsWith("polynomial_degree_")) {
            degree = Integer.parseInt(name.substring("polynomial_degree_".length()));
        } else {
            throw new IllegalArgumentException("unknown extrapolator " + name);
        }
        if (degree >= factors.size()) {
            throw new IllegalArgumentException(name + " needs at least " + (degree + 1) + " noise factors, got " + factors);
        }
        return new Extrapolator(name, zeroNoiseWeights(factors, degree));
    }

    String name() {
        return name;
    }

    double[] weights() {
        return weights.clone();
    }

    double value(double[] y) {
        double v = 0;
        for (int i = 0; i < y.length; i++) {
            v += weights[i] * y[i];
        }
        return v;
    }

    double std(double[] stds) {
        double var = 0;
        for (int i = 0; i < stds.length; i++) {
            var += weights[i] * weights[i] * stds[i] * stds[i];
        }
        return Math.sqrt(var);
    }

    /**
     * Least squares: the fitted value at x = 0 is e0^T (V^T V)^-1 V^T y with V the Vandermonde matrix
     * of the factors. Solving (V^T V) a = e0 gives the weights w = V a.
     */
    private static double[] zeroNoiseWeights(List<Integer> factors, int degree) {
        int n = factors.size();
        int m = degree + 1;
        double[][] v = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                v[i][j] = Math.pow(factors.get(i), j);
            }
        }
        double[][] a = new double[m][m + 1];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < m; c++) {
                for (int i = 0; i < n; i++) {
                    a[r][c] += v[i][r] * v[i][c];
                }
            }
            a[r][m] = r == 0 ? 1 : 0;
        }
        double[] coef = solve(a, m);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                w[i] += v[i][j] * coef[j];
            }
        }
        return w;
    }

    /** Gaussian elimination with partial pivoting on an augmented m x (m+1) matrix. */
    private static double[] solve(double[][] a, int m) {
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int r = 0; r < m; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= m; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] x = new double[m];
        for (int r = 0; r < m; r++) {
            x[r] = a[r][m] / a[r][r];
        }
        return x;
    }
}
