package io.qrun.api.error;

import io.qrun.application.ErrorCode;
import io.qrun.application.ErrorKind;
import io.qrun.application.json.JsonTrees;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the one error body of the API:
 * {@code {"trace", "error", "errors": [{"code", "message", "more_info"}]}} ({@code error} repeats the
 * message: the Qiskit client prints that field). The trace is a fresh id that the server also logs
 * for 5xx answers, so an operator can find the stack trace a user reports. The HTTP status is the
 * code's kind, mapped here and nowhere else.
 */
public final class ErrorResponses {

    /** Where each code is explained; the anchor is the code itself. */
    public static final String MORE_INFO_BASE = "docs/errors.md#";

    private ErrorResponses() {
    }

    public static String newTrace() {
        return UUID.randomUUID().toString();
    }

    /** The one message of a 500: no internals, the trace id to report (the log has the stack trace under it). */
    public static String internalErrorMessage(String trace) {
        return "An unexpected error occurred on the server. Report the trace id " + trace + " to the operator.";
    }

    /** The one message of a path that matches no resource, inside or outside the API. */
    public static String notFoundMessage(String where) {
        return "No resource at " + where + ". The API is under /api/v1; README lists its endpoints.";
    }

    public static int status(ErrorKind kind) {
        switch (kind) {
            case INVALID:
                return 400;
            case UNAUTHENTICATED:
                return 401;
            case FORBIDDEN:
                return 403;
            case NOT_FOUND:
                return 404;
            case METHOD_NOT_ALLOWED:
                return 405;
            case NOT_ACCEPTABLE:
                return 406;
            case CONFLICT:
                return 409;
            case UNSUPPORTED_MEDIA_TYPE:
                return 415;
            default:
                return 500;
        }
    }

    /** The catalogue's code for an HTTP status that reached us without one (container and JAX-RS errors). */
    public static ErrorCode codeFor(int status) {
        switch (status) {
            case 401:
                return ErrorCode.UNAUTHORIZED;
            case 403:
                return ErrorCode.FORBIDDEN;
            case 404:
                return ErrorCode.NOT_FOUND;
            case 405:
                return ErrorCode.METHOD_NOT_ALLOWED;
            case 406:
                return ErrorCode.NOT_ACCEPTABLE;
            case 415:
                return ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default:
                return status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.BAD_REQUEST;
        }
    }

    /** The error body as JSON text (a plain tree written by the API's one writer). */
    public static String body(String trace, ErrorCode code, String message) {
        String text = message == null ? code.code() : message;
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code.code());
        error.put("message", text);
        error.put("more_info", MORE_INFO_BASE + code.code());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("trace", trace);
        body.put("error", text);
        body.put("errors", List.of(error));
        return JsonTrees.write(body);
    }

    public static Response response(ErrorCode code, String message) {
        return response(newTrace(), code, message);
    }

    public static Response response(String trace, ErrorCode code, String message) {
        return Response.status(status(code.kind()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(trace, code, message))
                .build();
    }
}
