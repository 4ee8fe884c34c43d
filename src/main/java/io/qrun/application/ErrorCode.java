package io.qrun.application;

import java.util.Locale;

/**
 * The error catalogue: every code the server answers, with its kind. {@code docs/errors.md} has a
 * section per code (when it is answered, how to fix it), and ErrorCatalogueTest fails when the two
 * disagree. The code a client sees is the constant's name in lower case.
 */
public enum ErrorCode {
    // the request itself
    MALFORMED_JSON(ErrorKind.INVALID),
    MISSING_FIELD(ErrorKind.INVALID),
    UNKNOWN_FIELD(ErrorKind.INVALID),
    INVALID_FIELD(ErrorKind.INVALID),
    INVALID_QUERY_PARAMETER(ErrorKind.INVALID),
    BAD_REQUEST(ErrorKind.INVALID),
    NOT_FOUND(ErrorKind.NOT_FOUND),
    METHOD_NOT_ALLOWED(ErrorKind.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(ErrorKind.NOT_ACCEPTABLE),
    UNSUPPORTED_MEDIA_TYPE(ErrorKind.UNSUPPORTED_MEDIA_TYPE),
    // authentication and authorisation
    UNAUTHORIZED(ErrorKind.UNAUTHENTICATED),
    INVALID_API_KEY(ErrorKind.UNAUTHENTICATED),
    INVALID_TOKEN(ErrorKind.UNAUTHENTICATED),
    TOKEN_EXPIRED(ErrorKind.UNAUTHENTICATED),
    FORBIDDEN(ErrorKind.FORBIDDEN),
    INSTANCE_FORBIDDEN(ErrorKind.FORBIDDEN),
    // jobs
    INVALID_PROGRAM_ID(ErrorKind.INVALID),
    BACKEND_REQUIRED(ErrorKind.INVALID),
    INVALID_PARAMS(ErrorKind.INVALID),
    INVALID_TAGS(ErrorKind.INVALID),
    INVALID_COST(ErrorKind.INVALID),
    INVALID_LOG_LEVEL(ErrorKind.INVALID),
    INSTANCE_REQUIRED(ErrorKind.INVALID),
    JOB_NOT_FOUND(ErrorKind.NOT_FOUND),
    LOGS_NOT_FOUND(ErrorKind.NOT_FOUND),
    SESSION_NOT_FOUND(ErrorKind.NOT_FOUND),
    JOB_NOT_CANCELLABLE(ErrorKind.CONFLICT),
    JOB_NOT_FINISHED(ErrorKind.CONFLICT),
    USAGE_LIMIT_REACHED(ErrorKind.CONFLICT),
    // sessions and batches
    INVALID_MODE(ErrorKind.INVALID),
    INVALID_MAX_TTL(ErrorKind.INVALID),
    SIMULATOR_NO_WORKLOADS(ErrorKind.INVALID),
    SESSION_BACKEND_MISMATCH(ErrorKind.INVALID),
    OPEN_PLAN_SESSION_FORBIDDEN(ErrorKind.FORBIDDEN),
    SESSION_CLOSED(ErrorKind.CONFLICT),
    SESSION_NOT_ACCEPTING_JOBS(ErrorKind.CONFLICT),
    // backends
    BACKEND_NOT_FOUND(ErrorKind.NOT_FOUND),
    CALIBRATION_NOT_FOUND(ErrorKind.NOT_FOUND),
    INVALID_TIME_RANGE(ErrorKind.INVALID),
    // accounts (operator endpoints)
    INSTANCE_NOT_FOUND(ErrorKind.NOT_FOUND),
    USER_NOT_FOUND(ErrorKind.NOT_FOUND),
    KEY_NOT_FOUND(ErrorKind.NOT_FOUND),
    INSTANCE_EXISTS(ErrorKind.CONFLICT),
    USER_EXISTS(ErrorKind.CONFLICT),
    // instance discovery (the IBM Cloud search and catalog endpoints the Qiskit client calls)
    CATALOG_ENTRY_NOT_FOUND(ErrorKind.NOT_FOUND),
    // the server
    INTERNAL_ERROR(ErrorKind.INTERNAL);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The snake_case code of the API's error body. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
