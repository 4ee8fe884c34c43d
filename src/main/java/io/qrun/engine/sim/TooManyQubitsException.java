package io.qrun.engine.sim;

/**
 * A circuit needs a larger state than this server can hold. Thrown before anything is allocated,
 * so the caller can report it as a client error.
 */
public class TooManyQubitsException extends IllegalArgumentException {

    private final int requested;
    private final int max;

    /** The circuit needs {@code requested} qubits; the server is configured for at most {@code max}. */
    public TooManyQubitsException(int requested, int max) {
        this(requested, max, "The circuit needs " + requested + " qubits; this server simulates at most "
                + max + " (qrun.engine.max-qubits)");
    }

    private TooManyQubitsException(int requested, int max, String message) {
        super(message);
        this.requested = requested;
        this.max = max;
    }

    /**
     * The configured limit allows the state but the JVM heap is too small for it: the operator has
     * to raise -Xmx or lower qrun.engine.max-qubits. {@code max} is then the largest state that fits.
     */
    public static TooManyQubitsException heapTooSmall(int requested, int copies, long maxHeapBytes) {
        int fits = 0;
        while (fits < SimulatorConfig.ARRAY_LIMIT_QUBITS && StateMemory.bytes(fits + 1) * copies <= maxHeapBytes) {
            fits++;
        }
        long needMiB = StateMemory.bytes(requested) * copies >> 20;
        return new TooManyQubitsException(requested, fits, "The circuit needs " + requested + " qubits ("
                + needMiB + " MiB of state" + (copies > 1 ? " for " + copies + " copies" : "")
                + "); this server's JVM heap (" + (maxHeapBytes >> 20) + " MiB) holds at most " + fits
                + " qubits. Use fewer qubits, or raise the server's -Xmx");
    }

    public int requested() {
        return requested;
    }

    public int max() {
        return max;
    }
}
