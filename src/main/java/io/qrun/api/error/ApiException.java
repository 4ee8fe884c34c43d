package io.qrun.api.error;

import jakarta.ejb.ApplicationException;

/**
 * The one exception every layer throws for an answer other than success: it carries the HTTP
 * status, a stable snake_case code clients can switch on, and a message saying what went wrong and
 * how to fix it. {@link ApiExceptionMapper} turns it into the error body of rest-api.md.
 *
 * <p>Marked as an EJB application exception so that an EJB throwing it reaches the mapper as is
 * (not wrapped in EJBException) and the transaction still rolls back.
 */
@ApplicationException(rollback = true)
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("ApiException status must be 4xx or 5xx, was " + status);
        }
        this.status = status;
        this.code = code;
    }

    public ApiException(int status, String code, String message, Throwable cause) {
        this(status, code, message);
        initCause(cause);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message);
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(409, code, message);
    }

    public static ApiException forbidden(String code, String message) {
        return new ApiException(403, code, message);
    }
}
