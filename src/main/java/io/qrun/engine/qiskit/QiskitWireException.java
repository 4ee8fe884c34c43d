package io.qrun.engine.qiskit;

/**
 * A value in the Qiskit client's typed JSON encoding that Qrun cannot read: bad base64, a zlib
 * stream that is corrupt or inflates beyond the limit, an {@code .npy} array with a header, dtype,
 * order or size Qrun does not accept. The message says what was expected; callers add the path.
 */
public class QiskitWireException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QiskitWireException(String message) {
        super(message);
    }

    public QiskitWireException(String message, Throwable cause) {
        super(message, cause);
    }
}
