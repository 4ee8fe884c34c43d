package io.qrun.engine.sim;

/**
 * Allocates statevectors only after checking that they fit: the configured qubit limit first, then
 * the JVM's maximum heap, so a too-large circuit gets a clear error instead of an OutOfMemoryError
 * that could take other jobs down with it.
 */
final class StateMemory {

    private StateMemory() {}

    /** Bytes of a complex128 state of n qubits. */
    static long bytes(int numQubits) {
        return 16L << numQubits;
    }

    /**
     * Checks that {@code copies} states of {@code numQubits} qubits may be allocated.
     *
     * @throws TooManyQubitsException if the configured limit or the JVM heap is exceeded
     */
    static void require(int numQubits, int copies, int maxQubits) {
        if (numQubits < 0) {
            throw new IllegalArgumentException("A state needs 0 or more qubits, got " + numQubits);
        }
        if (numQubits > maxQubits) {
            throw new TooManyQubitsException(numQubits, maxQubits);
        }
        long maxHeap = Runtime.getRuntime().maxMemory();
        // maxMemory() is Long.MAX_VALUE when the JVM has no limit
        if (maxHeap != Long.MAX_VALUE && bytes(numQubits) * copies > maxHeap) {
            throw TooManyQubitsException.heapTooSmall(numQubits, copies, maxHeap);
        }
    }

    /** Allocates the interleaved amplitude array, translating a heap shortage into a clear error. */
    static double[] allocate(int numQubits, int maxQubits) {
        require(numQubits, 1, maxQubits);
        try {
            return new double[2 << numQubits];
        } catch (OutOfMemoryError e) {
            // The heap is large enough in total but too full now; a failed array allocation leaves
            // nothing behind, so it is safe to report and carry on.
            throw new IllegalStateException("Not enough free heap for a " + numQubits + "-qubit state ("
                    + (bytes(numQubits) >> 20) + " MiB) right now; other jobs hold the memory. Retry later,"
                    + " or raise the server's -Xmx", e);
        }
    }
}
