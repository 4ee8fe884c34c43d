package io.qrun.engine.primitives;

import java.util.random.RandomGenerator;

/**
 * The statistical error of estimating an expectation value from a finite number of shots: each
 * shot of a Pauli measurement yields +1 with probability p = (1 + ev)/2 and -1 otherwise, so the
 * estimate is 2K/N - 1 with K ~ Binomial(N, p).
 */
final class ShotNoise {

    /** Below this expected count of the rarer outcome, K is drawn exactly by inversion. */
    private static final double EXACT_BELOW = 30;

    private ShotNoise() {}

    /** The mean of {@code shots} outcomes of +-1 whose exact expectation is {@code ev}. */
    static double estimate(double ev, int shots, RandomGenerator rng) {
        double p = Math.min(1, Math.max(0, (1 + ev) / 2));
        return 2.0 * binomial(shots, p, rng) / shots - 1;
    }

    /**
     * K ~ Binomial(n, p). Exact (inversion of the CDF) when n*min(p, 1-p) is small; otherwise the
     * normal approximation with continuity correction, whose error is far below the shot noise it
     * models at those counts.
     */
    static long binomial(int n, double p, RandomGenerator rng) {
        if (p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        boolean flip = p > 0.5;
        double q = flip ? 1 - p : p;
        long k;
        if (n * q < EXACT_BELOW) {
            k = inversion(n, q, rng);
        } else {
            double mean = n * q;
            double sd = Math.sqrt(n * q * (1 - q));
            k = Math.round(mean + sd * rng.nextGaussian());
            k = Math.max(0, Math.min(n, k));
        }
        return flip ? n - k : k;
    }

    private static long inversion(int n, double q, RandomGenerator rng) {
        double u = rng.nextDouble();
        double ratio = q / (1 - q);
        double pk = Math.pow(1 - q, n); // P(K = 0)
        double cdf = pk;
        long k = 0;
        while (u > cdf && k < n) {
            pk *= ratio * (n - k) / (k + 1);
            k++;
            cdf += pk;
        }
        return k;
    }
}
