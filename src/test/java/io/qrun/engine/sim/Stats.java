package io.qrun.engine.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bounds for the statistical tests: fixed seeds make them deterministic, the bounds make them meaningful. */
final class Stats {

    private Stats() {}

    /** Asserts |k/n - p| <= 5 sigma of a binomial(n, p) proportion (plus 1/n for p near 0 or 1). */
    static void assertBinomial(long k, long n, double p, String what) {
        double sigma = Math.sqrt(p * (1 - p) / n);
        double observed = (double) k / n;
        double bound = 5 * sigma + 1.0 / n;
        assertTrue(Math.abs(observed - p) <= bound,
                what + ": observed " + observed + " for p = " + p + " over " + n + " trials, bound " + bound);
    }

    /**
     * Asserts the total variation distance between counts/shots and p is at most 5 times its
     * expected size for K outcomes: E[TVD] <= 0.5 * sum_i sqrt(p_i (1 - p_i) / shots).
     */
    static void assertTvd(long[] counts, double[] p, long shots, String what) {
        double tvd = 0;
        double expected = 0;
        for (int i = 0; i < p.length; i++) {
            tvd += Math.abs((double) counts[i] / shots - p[i]);
            expected += Math.sqrt(p[i] * (1 - p[i]) / shots);
        }
        tvd /= 2;
        expected /= 2;
        assertTrue(tvd <= 5 * expected + 1e-12,
                what + ": TVD " + tvd + " exceeds 5 x its expected size " + expected + " at " + shots + " shots");
    }
}
