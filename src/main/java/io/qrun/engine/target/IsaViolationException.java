package io.qrun.engine.target;

/** A circuit does not fit the instruction set of the backend it was sent to. */
public class IsaViolationException extends RuntimeException {

    public IsaViolationException(String message) {
        super(message);
    }
}
