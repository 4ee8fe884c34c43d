package io.qrun.application;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * The one exception the service throws for an outcome other than success: a code of the
 * catalogue ({@link ErrorCode}, which gives the kind) and a message that says what went wrong,
 * where, and how to fix it. The API turns it into its error body; batch steps record the message
 * as the job's reason.
 *
 * <p>Marked as an EJB application exception so that an EJB throwing it reaches the caller as is
 * (not wrapped in EJBException) and the transaction still rolls back.
 */
@ApplicationException(rollback = true)
public class QrunException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public QrunException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code);
    }

    public QrunException(ErrorCode code, String message, Throwable cause) {
        this(code, message);
        initCause(cause);
    }

    public ErrorCode code() {
        return code;
    }

    public ErrorKind kind() {
        return code.kind();
    }
}
