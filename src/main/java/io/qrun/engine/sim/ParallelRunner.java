package io.qrun.engine.sim;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Runs a loop over an index range on one thread or on a shared fork/join pool, depending on the
 * state size. Kernels write disjoint amplitudes per index, so splitting never changes a result.
 * Sums are always cut into the same fixed chunks and added in chunk order, whatever the thread
 * count, so they are bitwise identical single- and multi-threaded.
 */
final class ParallelRunner {

    /** A loop body over [from, to). */
    @FunctionalInterface
    interface RangeAction {
        void run(int from, int to);
    }

    /** A partial sum over [from, to). */
    @FunctionalInterface
    interface RangeSum {
        double sum(int from, int to);
    }

    /** Indices per reduction chunk: fixed, so the summation order does not depend on threads. */
    static final int SUM_CHUNK = 1 << 12;

    /** Smallest range worth a task of its own. */
    private static final int MIN_TASK = 1 << 10;

    /** One pool per thread count, shared by every simulator of the JVM; its threads are daemons. */
    private static final Map<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();

    private final int threads;
    private final int thresholdQubits;

    ParallelRunner(SimulatorConfig config) {
        this.threads = config.threads();
        this.thresholdQubits = config.parallelThresholdQubits();
    }

    int threads() {
        return threads;
    }

    /**
     * Runs task 0..tasks-1 on the pool, one task each (for independent work such as groups of
     * shots); on the calling thread when there is one task or one thread.
     */
    void forEachTask(int tasks, java.util.function.IntConsumer task) {
        if (tasks <= 1 || threads <= 1) {
            for (int t = 0; t < tasks; t++) {
                task.accept(t);
            }
            return;
        }
        pool(threads).invoke(new Split((a, b) -> {
            for (int t = a; t < b; t++) {
                task.accept(t);
            }
        }, 0, tasks, 1));
    }

    boolean isParallel(int numQubits) {
        return threads > 1 && numQubits > thresholdQubits;
    }

    /** Runs {@code action} over [0, count), split across threads when the state has enough qubits. */
    void forRange(int numQubits, int count, RangeAction action) {
        if (!isParallel(numQubits) || count < 2) {
            action.run(0, count);
            return;
        }
        // A few tasks per thread balance uneven progress; none smaller than MIN_TASK unless the
        // range itself is small (controlled ops on many qubits have few groups).
        int grain = Math.max(Math.min(MIN_TASK, (count + threads - 1) / threads), count / (threads * 4));
        pool(threads).invoke(new Split(action, 0, count, Math.max(1, grain)));
    }

    /** The sum of {@code f} over [0, count), in fixed chunks added in order. */
    double sum(int numQubits, int count, RangeSum f) {
        if (count <= SUM_CHUNK) {
            return f.sum(0, count);
        }
        double total = 0;
        for (double p : chunkSums(numQubits, count, f)) {
            total += p;
        }
        return total;
    }

    /** Partial sums of {@code f} over consecutive chunks of {@link #SUM_CHUNK} indices. */
    double[] chunkSums(int numQubits, int count, RangeSum f) {
        int chunks = numChunks(count);
        double[] partial = new double[chunks];
        forRange(numQubits, chunks, (a, b) -> {
            for (int c = a; c < b; c++) {
                int from = c * SUM_CHUNK;
                partial[c] = f.sum(from, Math.min(count, from + SUM_CHUNK));
            }
        });
        return partial;
    }

    static int numChunks(int count) {
        return (int) (((long) count + SUM_CHUNK - 1) / SUM_CHUNK);
    }

    private static ForkJoinPool pool(int threads) {
        return POOLS.computeIfAbsent(threads, ForkJoinPool::new);
    }

    private static final class Split extends RecursiveAction {
        private final RangeAction action;
        private final int from;
        private final int to;
        private final int grain;

        Split(RangeAction action, int from, int to, int grain) {
            this.action = action;
            this.from = from;
            this.to = to;
            this.grain = grain;
        }

        @Override
        protected void compute() {
            if (to - from <= grain) {
                action.run(from, to);
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Split(action, from, mid, grain), new Split(action, mid, to, grain));
        }
    }
}
