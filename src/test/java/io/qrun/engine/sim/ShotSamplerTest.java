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

    /**
     * The same on states with states, blocks and whole chunks of probability 0 (every other state,
     * every other block, all but the first 100 states of each chunk, all but the first and last
     * chunk): the walk's block ends skip what has no probability exactly as the definition does.
     */
    @Test
    void statesWithEmptyBlocksAndChunksGiveExactlyTheShotsOfThePlainDefinition() {
        java.util.Random rnd = new java.util.Random(43);
        int n = 15;
        int dim = 1 << n;
        java.util.List<java.util.function.IntPredicate> zeros = java.util.List.of(
                i -> i % 2 == 1,
                i -> (i / ShotSampler.BLOCK) % 2 == 0,
                i -> i % ParallelRunner.SUM_CHUNK >= 100,
                i -> i >= ParallelRunner.SUM_CHUNK && i < dim - ParallelRunner.SUM_CHUNK);
        for (java.util.function.IntPredicate zero : zeros) {
            double[] a = TestGates.randomState(n, rnd);
            for (int i = 0; i < dim; i++) {
                if (zero.test(i)) {
                    a[2 * i] = 0;
                    a[2 * i + 1] = 0;
                }
            }
            StateVector state = StateVector.of(n, a);
            for (int shots : new int[] {1, 5000, 100_000}) {
                int[] expected = plainShots(a, n, shots, new SplittableRandom(shots));
                ShotSampler serial = new ShotSampler(new ParallelRunner(new SimulatorConfig(28, 28, 1)));
                ShotSampler parallel = new ShotSampler(new ParallelRunner(new SimulatorConfig(28, 0, 3)));
                int[] drawn = serial.draw(state, shots, new SplittableRandom(shots));
                assertArrayEquals(expected, drawn, "shots " + shots);
                assertArrayEquals(expected, parallel.draw(state, shots, new SplittableRandom(shots)), "shots " + shots);
                for (int o : drawn) {
                    assertTrue(!zero.test(o), "outcome " + o + " has probability 0");
                }
            }
        }
    }

    /**
     * The reference: no block skipping, no prefetch, one shot at a time. A shot goes to the first
     * block of its chunk whose end lies above it (or the chunk's last block with probability),
     * and there to the first state whose running sum lies above it (or, by rounding, the block's
     * last state with probability).
     */
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
        int lastChunk = chunks - 1;
        while (prefix[lastChunk + 1] == prefix[lastChunk]) {
            lastChunk--;
        }
        double[] u = ShotSampler.sortedUniforms(shots, prefix[chunks], rng);
        int[] out = new int[shots];
        for (int k = 0; k < shots; k++) {
            int c = 0;
            while (c < lastChunk && u[k] >= prefix[c + 1]) {
                c++;
            }
            double x = u[k] - prefix[c];
            int lastBlock = (c + 1) * chunk / block - 1;
            while (blockSum[lastBlock] == 0) {
                lastBlock--;
            }
            double acc = 0;
            out[k] = -1;
            for (int b = c * chunk / block; b <= lastBlock && out[k] < 0; b++) {
                double next = acc + blockSum[b];
                if (blockSum[b] > 0 && (x < next || b == lastBlock)) {
                    double run = acc;
                    int lastPositive = -1;
                    for (int i = b * block; i < (b + 1) * block && out[k] < 0; i++) {
                        double p = s[2 * i] * s[2 * i] + s[2 * i + 1] * s[2 * i + 1];
                        run += p;
                        if (p > 0) {
                            lastPositive = i;
                            if (x < run) {
                                out[k] = i;
                            }
                        }
                    }
                    if (out[k] < 0) {
                        out[k] = lastPositive;   // rounding: the block's last state with probability
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
