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

    /**
     * On a dense random state of several chunks (the paths that sum two blocks at a time and
     * prefetch the shots' blocks), the shots are exactly those of the sampler's definition written
     * out plainly: block sums in index order, chunk totals in block order, each sorted uniform
     * placed by a linear scan of its chunk, then the same shuffle; at one and at three threads.
     */
    @Test
    void denseStatesGiveExactlyTheShotsOfThePlainDefinition() {
        java.util.Random rnd = new java.util.Random(41);
        for (int n : new int[] {13, 14, 15, 16}) {
            StateVector state = StateVector.of(n, TestGates.randomState(n, rnd));
            // At n = 15, 200,000 shots put several in every block of the one group of 8 chunks
            // whose shot blocks are prefetched together: the prefetch list is full.
            for (int shots : n == 15 ? new int[] {200_000} : new int[] {1, 1000, 20_000}) {
                int[] expected = plainShots(state.amplitudes(), n, shots, new SplittableRandom(n + shots));
                ShotSampler serial = new ShotSampler(new ParallelRunner(new SimulatorConfig(28, 28, 1)));
                ShotSampler parallel = new ShotSampler(new ParallelRunner(new SimulatorConfig(28, 0, 3)));
                assertArrayEquals(expected, serial.draw(state, shots, new SplittableRandom(n + shots)), "n " + n);
                assertArrayEquals(expected, parallel.draw(state, shots, new SplittableRandom(n + shots)), "n " + n);
            }
        }
    }

    /** The reference: no block skipping, no prefetch, one shot at a time (no amplitude is 0). */
    private static int[] plainShots(double[] s, int n, int shots, SplittableRandom rng) {
        int dim = 1 << n;
        int block = ShotSampler.BLOCK;
        int chunk = ParallelRunner.SUM_CHUNK;
        int chunks = dim / chunk;
        double[] blockSum = new double[dim / block];
        double[] prefix = new double[chunks + 1];
        for (int c = 0; c < chunks; c++) {
            double total = 0;
            for (int b = c * chunk / block; b < (c + 1) * chunk / block; b++) {
                double acc = 0;
                for (int i = b * block; i < (b + 1) * block; i++) {
                    acc += s[2 * i] * s[2 * i] + s[2 * i + 1] * s[2 * i + 1];
                }
                blockSum[b] = acc;
                total += acc;
            }
            prefix[c + 1] = prefix[c] + total;
        }
        double[] u = ShotSampler.sortedUniforms(shots, prefix[chunks], rng);
        int[] out = new int[shots];
        for (int k = 0; k < shots; k++) {
            int c = 0;
            while (c < chunks - 1 && u[k] >= prefix[c + 1]) {
                c++;
            }
            double x = u[k] - prefix[c];
            double acc = 0;
            int lastBlock = (c + 1) * chunk / block - 1;
            out[k] = -1;
            for (int b = c * chunk / block; b <= lastBlock && out[k] < 0; b++) {
                double next = acc + blockSum[b];
                if (x < next || b == lastBlock) {
                    double run = acc;
                    for (int i = b * block; i < (b + 1) * block && out[k] < 0; i++) {
                        run += s[2 * i] * s[2 * i] + s[2 * i + 1] * s[2 * i + 1];
                        if (x < run) {
                            out[k] = i;
                        }
                    }
                    if (out[k] < 0) {
                        out[k] = (b + 1) * block - 1;   // rounding: the block's last state
                    }
                }
                acc = next;
            }
        }
        for (int i = out.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }
}
