package io.qrun.engine.primitives;

/**
 * A PUB that passed validation but cannot run on the chosen backend (ISA violation, too many
 * qubits, an observable wider than the backend, ...). It fails the job; the message is
 * "pubs[i]: reason" so the user sees which PUB to fix.
 */
public class PubExecutionException extends RuntimeException {

    private final int pubIndex;

    public PubExecutionException(int pubIndex, String reason) {
        super("pubs[" + pubIndex + "]: " + reason);
        this.pubIndex = pubIndex;
    }

    public PubExecutionException(int pubIndex, String reason, Throwable cause) {
        super("pubs[" + pubIndex + "]: " + reason, cause);
        this.pubIndex = pubIndex;
    }

    public int pubIndex() {
        return pubIndex;
    }
}
