package io.qrun.api.json;

import io.qrun.api.error.ApiException;

/**
 * The 400 answers of the request-shape checks, with their error codes in one place so that every
 * resource says the same thing for the same mistake. Each message names the place (field or query
 * parameter) and says how to fix it.
 */
public final class RequestErrors {

    public static final String INVALID_JSON = "malformed_json";
    public static final String MISSING_FIELD = "missing_field";
    public static final String UNKNOWN_FIELD = "unknown_field";
    public static final String INVALID_FIELD = "invalid_field";
    public static final String INVALID_QUERY_PARAMETER = "invalid_query_parameter";

    private RequestErrors() {}

    public static ApiException malformedBody(String detail) {
        return new ApiException(400, INVALID_JSON,
                "The request body is not valid JSON (" + detail + "). Send a JSON object with Content-Type: application/json.");
    }

    public static ApiException missingField(String path, String fix) {
        return new ApiException(400, MISSING_FIELD, "Missing required field '" + path + "': " + fix);
    }

    public static ApiException unknownField(String path, String allowed) {
        return new ApiException(400, UNKNOWN_FIELD,
                "Unknown field '" + path + "'. Allowed fields: " + allowed + ".");
    }

    public static ApiException invalidField(String path, String problem) {
        return new ApiException(400, INVALID_FIELD, "Invalid field '" + path + "': " + problem);
    }

    public static ApiException invalidQueryParameter(String name, String value, String expected) {
        return new ApiException(400, INVALID_QUERY_PARAMETER,
                "Invalid query parameter '" + name + "' = '" + value + "': expected " + expected + ".");
    }
}
