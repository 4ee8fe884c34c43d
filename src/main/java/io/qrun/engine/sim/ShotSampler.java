package io.qrun.engine.sim;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Draws basis states from a state's Born distribution, many shots per pass: the shots' uniforms
 * are sorted and matched against the running cumulative probability, so the cost is one read of
 * the state plus sorting the shots, not a search per shot. The state is cut into the fixed chunks
 * of {@link ParallelRunner#SUM_CHUNK}; chunk totals place each uniform in its chunk, and chunks are
 * walked in parallel. Outcomes come out in index order and are then shuffled, which gives the same
 * joint distribution as independent draws.
 */
final class ShotSampler {

    private final ParallelRunner runner;

    ShotSampler(ParallelRunner runner) {
        this.runner = runner;
    }

    /** {@code shots} basis indices drawn independently from |amplitude|^2 (normalised by the total). */
    int[] draw(StateVector state, int shots, RandomGenerator rng) {
        double[] s = state.amplitudes();
        int n = state.numQubits();
        int dim = 1 << n;
        int[] outcomes = new int[shots];
        if (shots == 0) {
            return outcomes;
        }
        double[] chunkTotals = runner.chunkSums(n, dim, (from, to) -> {
            double acc = 0;
            for (int i = from; i < to; i++) {
                acc += s[2 * i] * s[2 * i] + s[2 * i + 1] * s[2 * i + 1];
            }
            return acc;
        });
        int chunks = chunkTotals.length;
        double[] prefix = new double[chunks + 1];
        int lastNonEmpty = -1;
        for (int c = 0; c < chunks; c++) {
            prefix[c + 1] = prefix[c] + chunkTotals[c];
            if (chunkTotals[c] > 0) {
                lastNonEmpty = c;
            }
        }
        if (lastNonEmpty < 0) {
            throw new IllegalStateException("The state has norm 0; there is no distribution to sample");
        }
        double total = prefix[chunks];
        double[] u = new double[shots];
        for (int k = 0; k < shots; k++) {
            u[k] = rng.nextDouble() * total;
        }
        Arrays.sort(u);
        // Uniforms [start[c], start[c+1]) fall in chunk c; the last non-empty chunk takes the rest,
        // so rounding at the very top can never leave a shot without an outcome.
        int[] start = new int[chunks + 1];
        int k = 0;
        for (int c = 0; c < chunks; c++) {
            start[c] = k;
            if (c == lastNonEmpty) {
                k = shots;
            } else if (c < lastNonEmpty) {
                while (k < shots && u[k] < prefix[c + 1]) {
                    k++;
                }
            }
        }
        start[chunks] = shots;
        runner.forRange(n, chunks, (a, b) -> {
            for (int c = a; c < b; c++) {
                if (start[c] < start[c + 1]) {
                    walkChunk(s, c, prefix[c], u, start[c], start[c + 1], outcomes, dim);
                }
            }
        });
        shuffle(outcomes, rng);
        return outcomes;
    }

    /** Assigns uniforms u[from..to) (sorted, inside chunk c) to the basis states of that chunk. */
    private static void walkChunk(double[] s, int c, double chunkStart, double[] u, int from, int to,
                                  int[] outcomes, int dim) {
        int first = c * ParallelRunner.SUM_CHUNK;
        int end = Math.min(dim, first + ParallelRunner.SUM_CHUNK);
        int k = from;
        double acc = 0;
        int lastPositive = first;
        for (int i = first; i < end && k < to; i++) {
            double p = s[2 * i] * s[2 * i] + s[2 * i + 1] * s[2 * i + 1];
            if (p > 0) {
                lastPositive = i;
                acc += p;
                while (k < to && u[k] - chunkStart < acc) {
                    outcomes[k++] = i;
                }
            }
        }
        // Rounding may leave uniforms just below the chunk's end unmatched: they belong to its last
        // state with probability.
        if (k < to) {
            for (int i = end - 1; i > lastPositive; i--) {
                if (s[2 * i] != 0 || s[2 * i + 1] != 0) {
                    lastPositive = i;
                    break;
                }
            }
            while (k < to) {
                outcomes[k++] = lastPositive;
            }
        }
    }

    private static void shuffle(int[] a, RandomGenerator rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
