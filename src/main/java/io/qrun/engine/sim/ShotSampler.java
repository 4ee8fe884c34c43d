package io.qrun.engine.sim;

import java.util.random.RandomGenerator;

/**
 * Draws basis states from a state's Born distribution, many shots per pass, at the cost of about
 * one read of the state:
 * <ol>
 * <li>One pass sums the probabilities of every block of {@link #BLOCK} amplitudes and records
 * where each block ends in its chunk's cumulative distribution; the totals of the fixed chunks of
 * {@link ParallelRunner#SUM_CHUNK} amplitudes are the sums of their blocks, in order, so they are
 * the same at any thread count.</li>
 * <li>The shots' uniforms are generated already sorted (normalised partial sums of exponential
 * variables are the order statistics of independent uniforms), no sort needed.</li>
 * <li>Each uniform is placed in its chunk by the chunk totals, and within the chunk in its block
 * by the block ends; only blocks that hold a shot are read again (16 amplitudes, 256 bytes,
 * each), in parallel over chunks, after a prefetch of a group of chunks' shot blocks at once.</li>
 * <li>Outcomes come out in index order and are then shuffled: sorted independent draws in a
 * uniformly random order have the joint distribution of independent draws.</li>
 * </ol>
 */
final class ShotSampler {

    /** Amplitudes per block of the first pass: a shot re-reads one block. */
    static final int BLOCK = 16;

    private static final int BLOCKS_PER_CHUNK = ParallelRunner.SUM_CHUNK / BLOCK;

    /**
     * Chunks whose shot blocks are loaded in one prefetch loop before they are walked: at 100,000
     * shots of n = 24, about 190 blocks (48 KiB), which stay in the core's cache until the walk.
     */
    private static final int TOUCH_GROUP = 8;

    /**
     * How far above a block's end, in units in the last place of the end, a uniform must lie so
     * that no sum over the block's states can reach it: the end and the running sum each round
     * at most 17 times, half a unit each, so they differ by far less.
     */
    private static final double ROUNDING_ULPS = 256;

    private final ParallelRunner runner;

    /** Keeps the prefetch sums alive past the walk (see {@link #touchBlocks}). */
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
        double[] blockEnds = new double[(dim + BLOCK - 1) / BLOCK];
        int[] lastBlocks = new int[chunks];
        double[] chunkTotals = new double[chunks];
        runner.forRange(n, chunks, (a, b) -> {
            for (int c = a; c < b; c++) {
                chunkTotals[c] = sumBlocks(s, c, dim, blockEnds, lastBlocks);
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
        double[] u = sortedUniforms(shots, prefix[chunks], rng, n);
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
        int[] blockOfShot = new int[shots];
        runner.forRange(n, chunks, (a, b) -> {
            // findShotBlocks writes one past the last block found
            int[] shotBlocks = new int[TOUCH_GROUP * BLOCKS_PER_CHUNK + 1];
            Chunk[] group = new Chunk[TOUCH_GROUP];
            for (int g = a; g < b; g += TOUCH_GROUP) {
                int size = 0;
                int blocks = 0;
                for (int c = g; c < Math.min(b, g + TOUCH_GROUP); c++) {
                    if (start[c] < start[c + 1]) {
                        Chunk chunk = new Chunk(c, prefix[c], lastBlocks[c], start[c], start[c + 1]);
                        group[size++] = chunk;
                        blocks = findShotBlocks(chunk, blockEnds, u, blockOfShot, shotBlocks, blocks);
                    }
                }
                if (dim >= ParallelRunner.SUM_CHUNK) {
                    touched[g] = touchBlocks(s, shotBlocks, blocks);
                }
                for (int j = 0; j < size; j++) {
                    walkChunk(s, group[j], blockEnds, blockOfShot, u, outcomes, dim);
                }
            }
        });
        double sink = 0;
        for (double t : touched) {
            sink += t;
        }
        prefetchSink = sink;
        shuffle(outcomes, rng);
        return outcomes;
    }

    /**
     * Chunk {@code index} of the walk: where its probability starts, its last block with
     * probability (or its first block if none has any) and the uniforms u[from..to) that fall in it.
     */
    private record Chunk(int index, double start, int lastBlock, int from, int to) {

        int firstBlock() {
            return index * BLOCKS_PER_CHUNK;
        }
    }

    /**
     * Sums the blocks of chunk c in index order, records after each block the running sum from the
     * chunk's start (its end in the chunk's cumulative distribution) and the chunk's last block
     * with probability, and returns the chunk's total. A full chunk sums two blocks side by side
     * (two independent addition chains, each block still summed in index order), so the sums are
     * those of the one-block loop below, bit for bit.
     */
    private static double sumBlocks(double[] s, int c, int dim, double[] blockEnds, int[] lastBlocks) {
        int first = c * ParallelRunner.SUM_CHUNK;
        int end = Math.min(dim, first + ParallelRunner.SUM_CHUNK);
        int last = first / BLOCK;
        double total = 0;
        if (end - first == ParallelRunner.SUM_CHUNK) {
            for (int b0 = first; b0 < end; b0 += 2 * BLOCK) {
                int x = 2 * b0;
                double acc0 = 0, acc1 = 0;
                for (int j = x; j < x + 2 * BLOCK; j += 2) {
                    acc0 += s[j] * s[j] + s[j + 1] * s[j + 1];
                    acc1 += s[j + 2 * BLOCK] * s[j + 2 * BLOCK] + s[j + 2 * BLOCK + 1] * s[j + 2 * BLOCK + 1];
                }
                int b = b0 / BLOCK;
                total += acc0;
                blockEnds[b] = total;
                total += acc1;
                blockEnds[b + 1] = total;
                last = acc1 != 0 ? b + 1 : acc0 != 0 ? b : last;
            }
        } else {
            for (int b0 = first; b0 < end; b0 += BLOCK) {
                int b1 = Math.min(end, b0 + BLOCK);
                double acc = 0;
                for (int i = b0; i < b1; i++) {
                    acc += s[2 * i] * s[2 * i] + s[2 * i + 1] * s[2 * i + 1];
                }
                total += acc;
                blockEnds[b0 / BLOCK] = total;
                last = acc != 0 ? b0 / BLOCK : last;
            }
        }
        lastBlocks[c] = last;
        return total;
    }

    /**
     * {@code shots} independent uniforms on [0, total), sorted: E_1 + ... + E_k over E_1 + ... +
     * E_(shots+1) for independent exponentials E is the k-th smallest of {@code shots} uniforms.
     * This is the definition, on one thread; {@link #draw} computes the same numbers with the
     * logarithms spread over the pool.
     */
    static double[] sortedUniforms(int shots, double total, RandomGenerator rng) {
        double[] u = new double[shots];
        double sum = 0;
        for (int k = 0; k < shots; k++) {
            sum += -Math.log(1.0 - rng.nextDouble());
            u[k] = sum;
        }
        sum += -Math.log(1.0 - rng.nextDouble());
        return scaled(u, sum, total);
    }

    /**
     * {@link #sortedUniforms(int, double, RandomGenerator)}, bit for bit: the generator is drawn
     * in the same order on this thread, the exponentials (a logarithm each, most of the cost) are
     * computed on the pool, and they are added in the same order.
     */
    private double[] sortedUniforms(int shots, double total, RandomGenerator rng, int numQubits) {
        double[] e = new double[shots + 1];
        for (int k = 0; k <= shots; k++) {
            e[k] = rng.nextDouble();
        }
        runner.forRange(numQubits, shots + 1, (a, b) -> {
            for (int k = a; k < b; k++) {
                e[k] = -Math.log(1.0 - e[k]);
            }
        });
        double[] u = new double[shots];
        double sum = 0;
        for (int k = 0; k < shots; k++) {
            sum += e[k];
            u[k] = sum;
        }
        sum += e[shots];
        return scaled(u, sum, total);
    }

    /** The partial sums u over their total {@code sum}, scaled to [0, total). */
    private static double[] scaled(double[] u, double sum, double total) {
        double scale = total / sum;
        for (int k = 0; k < u.length; k++) {
            u[k] = Math.min(u[k] * scale, Math.nextDown(total));
        }
        return u;
    }

    /**
     * The block of the chunk that the uniform at x (measured from the chunk's start) falls in,
     * searching from block b on: the first whose end lies above x; the last block with probability
     * takes what rounding leaves above its end. Blocks without probability end where the block
     * before them does, so the search never stops on one.
     */
    private static int blockOf(double x, int b, int lastBlock, double[] blockEnds) {
        while (b < lastBlock && blockEnds[b] <= x) {
            b++;
        }
        return b;
    }

    /**
     * Assigns the chunk's uniforms (sorted) to its basis states: each is placed at the first state
     * of its block whose cumulative probability (from the block's start in the chunk, summed in
     * index order) lies above it. Rounding may leave uniforms just below a block's end unmatched;
     * they belong to its last state with probability (the chunk's last block with probability
     * takes all that remain). The sum over a block stops early once the next uniform lies so far
     * above the block's end that no rounding of the rest of the sum could reach it.
     */
    private static void walkChunk(double[] s, Chunk chunk, double[] blockEnds, int[] blockOfShot, double[] u,
                                  int[] outcomes, int dim) {
        int first = chunk.firstBlock();
        int lastBlock = chunk.lastBlock();
        int to = chunk.to();
        double chunkStart = chunk.start();
        int k = chunk.from();
        while (k < to) {
            int b = blockOfShot[k];
            double x = u[k] - chunkStart;
            double run = b == first ? 0 : blockEnds[b - 1];
            double next = blockEnds[b];
            double stopAt = b == lastBlock ? Double.POSITIVE_INFINITY : next + ROUNDING_ULPS * Math.ulp(next);
            int lastPositive = -1;
            int end = Math.min(dim, (b + 1) * BLOCK);
            for (int i = b * BLOCK; i < end && x < stopAt; i++) {
                double p = s[2 * i] * s[2 * i] + s[2 * i + 1] * s[2 * i + 1];
                run += p;
                lastPositive = p > 0 ? i : lastPositive;
                // A state with probability 0 adds nothing, so no uniform is ever placed on it.
                while (x < run) {
                    outcomes[k++] = i;
                    if (k == to) {
                        return;
                    }
                    x = u[k] - chunkStart;
                }
            }
            while (b == lastBlock || x < next) {
                outcomes[k++] = lastPositive;
                if (k == to) {
                    return;
                }
                x = u[k] - chunkStart;
            }
        }
    }

    /**
     * Appends to {@code shotBlocks} from index m on the blocks of the chunk that its uniforms fall
     * in, each once, found from the block ends alone; returns the new count.
     */
    private static int findShotBlocks(Chunk chunk, double[] blockEnds, double[] u, int[] blockOfShot,
                                      int[] shotBlocks, int m) {
        int b = chunk.firstBlock();
        int lastFound = -1;
        for (int k = chunk.from(); k < chunk.to(); k++) {
            b = blockOf(u[k] - chunk.start(), b, chunk.lastBlock(), blockEnds);
            blockOfShot[k] = b;
            shotBlocks[m] = b;
            m += b != lastFound ? 1 : 0;
            lastFound = b;
        }
        return m;
    }

    /**
     * A prefetch for {@link #walkChunk}: loads one double of each cache line of the blocks
     * shotBlocks[0..m), the blocks of a group of chunks that hold shots, in one loop without a
     * branch, so the CPU keeps many of these cache misses in flight at once, instead of one at a
     * time behind the walk's data-dependent branches; the walk then finds the blocks in cache.
     * Returns the sum of what it loaded, which the caller keeps (so the loads are not dropped as
     * dead code); it changes no outcome.
     */
    private static double touchBlocks(double[] s, int[] shotBlocks, int m) {
        double touched = 0;
        for (int j = 0; j < m; j++) {
            int x = 2 * BLOCK * shotBlocks[j];
            touched += s[x] + s[x + 8] + s[x + 16] + s[x + 24] + s[x + 31];   // every line, however aligned
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
