package io.qrun.api.error;

/**
 * PLACEHOLDER for svc-infra's class of the same name (contract of the service brief), so that the
 * svc-api branch compiles before svc-infra is merged. Removed when svc-infra is merged.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() { return status; }

    public String code() { return code; }
}
