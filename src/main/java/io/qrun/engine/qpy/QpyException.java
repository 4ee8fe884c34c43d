package io.qrun.engine.qpy;

/**
 * A QPY payload Qrun cannot turn into a circuit: truncated or corrupted bytes, a length that does
 * not fit in what remains, a limit exceeded, or a construct Qrun does not run. The message always
 * starts with the byte offset in the (inflated) QPY payload:
 * {@code "byte 57: expected 16 bytes of parameter UUID, only 3 remain"}.
 */
public class QpyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long offset;
    private final String detail;

    public QpyException(long offset, String detail) {
        super("byte " + offset + ": " + detail);
        this.offset = offset;
        this.detail = detail;
    }

    /** Offset (0-based) in the QPY payload where the problem was found. */
    public long offset() {
        return offset;
    }

    /** The message without its offset prefix. */
    public String detail() {
        return detail;
    }
}
