package io.qrun.application;

/**
 * The 400 answers of the request-shape checks, with their error codes in one place so that every
 * resource says the same thing for the same mistake. Each message names the place (field or query
 * parameter) and says how to fix it.
 */
public final class InputErrors {

    private InputErrors() {}

    /** @param detail where the text broke ("line 2, column 14: ...") and what the parser expected */
    public static QrunException malformedBody(String detail) {
        return new QrunException(ErrorCode.MALFORMED_JSON,
                "The request body is not valid JSON: " + detail + ". Send a JSON object with Content-Type: application/json.");
    }

    public static QrunException missingField(String path, String fix) {
        return new QrunException(ErrorCode.MISSING_FIELD, "Missing required field '" + path + "': " + fix);
    }

    public static QrunException unknownField(String path, String allowed) {
        return new QrunException(ErrorCode.UNKNOWN_FIELD,
                "Unknown field '" + path + "'. Allowed fields: " + allowed + ".");
    }

    public static QrunException invalidField(String path, String problem) {
        return new QrunException(ErrorCode.INVALID_FIELD, "Invalid field '" + path + "': " + problem);
    }

    public static QrunException invalidQueryParameter(String name, String value, String expected) {
        return new QrunException(ErrorCode.INVALID_QUERY_PARAMETER,
                "Invalid query parameter '" + name + "' = '" + value + "': expected " + expected + ".");
    }
}
