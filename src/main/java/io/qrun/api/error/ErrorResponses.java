package io.qrun.api.error;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * Builds the one error body of the API:
 * {@code {"trace", "errors": [{"code", "message", "more_info"}]}}. The trace is a fresh id that the
 * server also logs for 5xx answers, so an operator can find the stack trace a user reports.
 */
public final class ErrorResponses {

    /** Where each code is explained; the anchor is the code itself. */
    public static final String MORE_INFO_BASE = "docs/errors.md#";

    private ErrorResponses() {
    }

    public static String newTrace() {
        return UUID.randomUUID().toString();
    }

    public static JsonObject body(String trace, String code, String message) {
        return Json.createObjectBuilder()
                .add("trace", trace)
                .add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("code", code)
                        .add("message", message == null ? code : message)
                        .add("more_info", MORE_INFO_BASE + code)))
                .build();
    }

    public static Response response(int status, String code, String message) {
        return response(status, newTrace(), code, message);
    }

    public static Response response(int status, String trace, String code, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(trace, code, message).toString())
                .build();
    }
}
