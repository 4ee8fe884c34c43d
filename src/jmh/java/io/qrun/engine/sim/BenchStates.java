package io.qrun.engine.sim;

import java.util.SplittableRandom;

/** Shared setup for the benchmarks: random normalised states filled in parallel-friendly order. */
final class BenchStates {

    private BenchStates() {}

    static StateVector random(int n, long seed) {
        double[] a = new double[2 << n];
        SplittableRandom rnd = new SplittableRandom(seed);
        double norm = 0;
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextDouble() - 0.5;
            norm += a[i] * a[i];
        }
        double scale = 1 / Math.sqrt(norm);
        for (int i = 0; i < a.length; i++) {
            a[i] *= scale;
        }
        return new StateVector(n, a);
    }
}
