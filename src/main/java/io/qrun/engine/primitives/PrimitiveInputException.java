package io.qrun.engine.primitives;

/**
 * Bad input in a job's {@code params}: the service answers 400. {@link #path()} names the place
 * ("params.pubs[2][1].theta"); the message starts with that path and says what to change.
 */
public class PrimitiveInputException extends RuntimeException {

    private final String path;

    public PrimitiveInputException(String path, String detail) {
        super(path + ": " + detail);
        this.path = path;
    }

    public PrimitiveInputException(String path, String detail, Throwable cause) {
        super(path + ": " + detail, cause);
        this.path = path;
    }

    /** Where in the request the problem is, e.g. {@code params.options.execution.rep_delay}. */
    public String path() {
        return path;
    }
}
