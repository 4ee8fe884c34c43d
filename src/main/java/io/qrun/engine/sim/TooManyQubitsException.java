package io.qrun.engine.sim;

/** A circuit needs more qubits than this server simulates; thrown before any state is allocated. */
public class TooManyQubitsException extends RuntimeException {

    private final int requested;
    private final int max;

    public TooManyQubitsException(int requested, int max) {
        super("The circuit needs " + requested + " qubits; this server simulates at most " + max
                + " (qrun.engine.max-qubits)");
        this.requested = requested;
        this.max = max;
    }

    public int requested() {
        return requested;
    }

    public int max() {
        return max;
    }
}
