package io.qrun.engine.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The block-skipping sampler on sparse states, and its pre-sorted uniforms. */
class ShotSamplerTest {

    @Test
    void sortedUniformsAreSortedInRangeAndUniform() {
        double[] u = ShotSampler.sortedUniforms(200_000, 3.0, new SplittableRandom(1));
        long[] quarter = new long[4];
        for (int k = 0; k < u.length; k++) {
            assertTrue(u[k] >= 0 && u[k] < 3.0, "u = " + u[k]);
            assertTrue(k == 0 || u[k] >= u[k - 1], "not sorted at " + k);
            quarter[(int) (u[k] / 0.75)]++;
        }
        for (int q = 0; q < 4; q++) {
            Stats.assertBinomial(quarter[q], u.length, 0.25, "quarter " + q);
        }
    }

    @Test
    void sparseStatesAcrossChunksAndBlocks() {
        int n = 16; // 16 chunks of 4096 amplitudes, 4096 blocks of 16
        int[] support = {0, 5, 17, 4095, 4096, 40_000, 65_535};
        double[] weight = {0.05, 0.2, 0.1, 0.15, 0.05, 0.3, 0.15};
        double[] a = new double[2 << n];
        for (int j = 0; j < support.length; j++) {
            a[2 * support[j] + (j & 1)] = Math.sqrt(weight[j]); // real or imaginary
        }
        StateVector state = StateVector.of(n, a);
        int shots = 100_000;
        ShotSampler serial = new ShotSampler(new ParallelRunner(new SimulatorConfig(28, 28, 1)));
        ShotSampler parallel = new ShotSampler(new ParallelRunner(new SimulatorConfig(28, 0, 3)));
        int[] out = serial.draw(state, shots, new SplittableRandom(3));
        assertArrayEquals(out, parallel.draw(state, shots, new SplittableRandom(3)));
        long[] counts = new long[support.length];
        for (int o : out) {
            int j = java.util.Arrays.binarySearch(support, o);
            assertTrue(j >= 0, "outcome " + o + " has probability 0");
            counts[j]++;
        }
        for (int j = 0; j < support.length; j++) {
            Stats.assertBinomial(counts[j], shots, weight[j], "index " + support[j]);
        }
    }
}
