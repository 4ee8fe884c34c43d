package io.qrun.engine.sim;

import java.util.random.RandomGenerator;

/**
 * Draws basis states from a state's Born distribution, many shots per pass, at the cost of about
 * one read of the state:
 * <ol>
 * <li>One pass sums the probabilities of every block of {@link #BLOCK} amplitudes; the totals of
 * the fixed chunks of {@link ParallelRunner#SUM_CHUNK} amplitudes are the sums of their blocks, in
 * order, so they are the same at any thread count.</li>
 * <li>The shots' uniforms are generated already sorted (normalised partial sums of exponential
 * variables are the order statistics of independent uniforms), no sort needed.</li>
 * <li>Each uniform is placed in its chunk by the chunk totals, and within the chunk in its block
 * by the block totals; only blocks that hold a shot are read again (16 amplitudes, 256 bytes,
 * each), in parallel over chunks.</li>
 * <li>Outcomes come out in index order and are then shuffled: sorted independent draws in a
 * uniformly random order have the joint distribution of independent draws.</li>
 * </ol>
 */
final class ShotSampler {

    /** Amplitudes per block of the first pass: a shot re-reads one block. */
    static final int BLOCK = 16;

    private static final int BLOCKS_PER_CHUNK = ParallelRunner.SUM_CHUNK / BLOCK;

    private final ParallelRunner runner;

    /** Keeps one of the prefetch sums alive past the walk (see {@link #touchShotBlocks}). */
    @SuppressWarnings("unused")
    private static volatile double prefetchSink;

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
        int chunks = ParallelRunner.numChunks(dim);
        double[] blockSums = new double[(dim + BLOCK - 1) / BLOCK];
        double[] chunkTotals = new double[chunks];
        runner.forRange(n, chunks, (a, b) -> {
            for (int c = a; c < b; c++) {
                chunkTotals[c] = sumBlocks(s, c, dim, blockSums);
            }
        });
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
        double[] u = sortedUniforms(shots, prefix[chunks], rng);
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
        double[] touched = new double[chunks];
        runner.forRange(n, chunks, (a, b) -> {
            for (int c = a; c < b; c++) {
                if (start[c] < start[c + 1]) {
                    touched[c] = walkChunk(s, c, prefix[c], blockSums, u, start[c], start[c + 1], outcomes, dim);
                }
            }
        });
        prefetchSink = touched[chunks - 1];
        shuffle(outcomes, rng);
        return outcomes;
    }

    /**
     * Fills the block sums of chunk c and returns their sum in order. A full chunk sums two blocks
     * side by side (two independent addition chains, each block still summed in index order), so
     * the sums are those of the one-block loop below, bit for bit.
     */
    private static double sumBlocks(double[] s, int c, int dim, double[] blockSums) {
        int first = c * ParallelRunner.SUM_CHUNK;
        int end = Math.min(dim, first + ParallelRunner.SUM_CHUNK);
        double total = 0;
        if (end - first == ParallelRunner.SUM_CHUNK) {
            for (int b0 = first; b0 < end; b0 += 2 * BLOCK) {
                int x = 2 * b0;
                double acc0 = 0, acc1 = 0;
                for (int j = x; j < x + 2 * BLOCK; j += 2) {
                    acc0 += s[j] * s[j] + s[j + 1] * s[j + 1];
                    acc1 += s[j + 2 * BLOCK] * s[j + 2 * BLOCK] + s[j + 2 * BLOCK + 1] * s[j + 2 * BLOCK + 1];
                }
                blockSums[b0 / BLOCK] = acc0;
                blockSums[b0 / BLOCK + 1] = acc1;
                total += acc0;
                total += acc1;
            }
            return total;
        }
        for (int b0 = first; b0 < end; b0 += BLOCK) {
            int b1 = Math.min(end, b0 + BLOCK);
            double acc = 0;
            for (int i = b0; i < b1; i++) {
                acc += s[2 * i] * s[2 * i] + s[2 * i + 1] * s[2 * i + 1];
            }
            blockSums[b0 / BLOCK] = acc;
            total += acc;
        }
        return total;
    }

    /**
     * {@code shots} independent uniforms on [0, total), sorted: E_1 + ... + E_k over E_1 + ... +
     * E_(shots+1) for independent exponentials E is the k-th smallest of {@code shots} uniforms.
     */
    static double[] sortedUniforms(int shots, double total, RandomGenerator rng) {
        double[] u = new double[shots];
        double sum = 0;
        for (int k = 0; k < shots; k++) {
            sum += -Math.log(1.0 - rng.nextDouble());
            u[k] = sum;
        }
        sum += -Math.log(1.0 - rng.nextDouble());
        double scale = total / sum;
        for (int k = 0; k < shots; k++) {
            u[k] = Math.min(u[k] * scale, Math.nextDown(total));
        }
        return u;
    }

    /**
     * Assigns uniforms u[from..to) (sorted, inside chunk c) to basis states of that chunk: blocks
     * are skipped by their sums, and a block that holds shots is read amplitude by amplitude.
     * Returns what {@link #touchShotBlocks} loaded.
     */
    private static double walkChunk(double[] s, int c, double chunkStart, double[] blockSums, double[] u, int from,
                                  int to, int[] outcomes, int dim) {
        int firstBlock = c * BLOCKS_PER_CHUNK;
        int endBlock = Math.min((dim + BLOCK - 1) / BLOCK, firstBlock + BLOCKS_PER_CHUNK);
        int lastBlock = endBlock - 1;
        while (lastBlock > firstBlock && blockSums[lastBlock] == 0) {
            lastBlock--;
        }
        double touched = dim >= ParallelRunner.SUM_CHUNK ? touchShotBlocks(s, chunkStart, blockSums, u, from, to,
                firstBlock, lastBlock) : 0;
        int k = from;
        double acc = 0;
        for (int b = firstBlock; b <= lastBlock && k < to; b++) {
            double next = acc + blockSums[b];
            if (blockSums[b] == 0 || (b < lastBlock && u[k] - chunkStart >= next)) {
                acc = next;
                continue;
            }
            // Shots in this block: the running sum from the block's start; rounding may leave
            // uniforms just below the block's end unmatched, they belong to its last state with
            // probability (the chunk's last block with probability takes all that remain).
            double run = acc;
            int lastPositive = -1;
            int end = Math.min(dim, (b + 1) * BLOCK);
            for (int i = b * BLOCK; i < end && k < to; i++) {
                double p = s[2 * i] * s[2 * i] + s[2 * i + 1] * s[2 * i + 1];
                if (p > 0) {
                    lastPositive = i;
                    run += p;
                    while (k < to && u[k] - chunkStart < run) {
                        outcomes[k++] = i;
                    }
                }
            }
            while (k < to && (b == lastBlock || u[k] - chunkStart < next)) {
                outcomes[k++] = lastPositive;
            }
            acc = next;
        }
        return touched;
    }

    /**
     * A prefetch for {@link #walkChunk}: finds the blocks of the chunk that hold shots from the
     * block sums alone (in cache, read in order) and loads one double of each cache line they
     * span. None of these loads feeds a branch, so the CPU keeps them all in flight at once,
     * instead of one cache miss at a time behind the walk's data-dependent branches. Returns the
     * sum of what it loaded, which the caller keeps (so the loads are not dropped as dead code);
     * it changes no outcome.
     */
    private static double touchShotBlocks(double[] s, double chunkStart, double[] blockSums, double[] u, int from,
                                          int to, int firstBlock, int lastBlock) {
        double touched = 0;
        int k = from;
        double acc = 0;
        for (int b = firstBlock; b <= lastBlock && k < to; b++) {
            double next = acc + blockSums[b];
            if (u[k] - chunkStart < next || b == lastBlock) {
                int x = 2 * BLOCK * b;
                touched += s[x] + s[x + 8] + s[x + 16] + s[x + 24] + s[x + 31];   // every line, however aligned
                while (k < to && u[k] - chunkStart < next) {
                    k++;
                }
            }
            acc = next;
        }
        return touched;
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
