package io.qrun.engine.sim;

import java.util.Random;

/** Random k-qubit unitaries for the benchmarks (Gram-Schmidt on a complex Gaussian matrix). */
final class RandomUnitary {

    private RandomUnitary() {}

    static double[] of(int k, Random rnd) {
        int dim = 1 << k;
        double[][] re = new double[dim][dim];
        double[][] im = new double[dim][dim];
        for (int c = 0; c < dim; c++) {
            for (int r = 0; r < dim; r++) {
                re[c][r] = rnd.nextGaussian();
                im[c][r] = rnd.nextGaussian();
            }
            for (int p = 0; p < c; p++) {
                double dr = 0, di = 0;
                for (int r = 0; r < dim; r++) {
                    dr += re[p][r] * re[c][r] + im[p][r] * im[c][r];
                    di += re[p][r] * im[c][r] - im[p][r] * re[c][r];
                }
                for (int r = 0; r < dim; r++) {
                    re[c][r] -= dr * re[p][r] - di * im[p][r];
                    im[c][r] -= dr * im[p][r] + di * re[p][r];
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
}
