package io.qrun.api.json;

import jakarta.ws.rs.NotSupportedException;
import java.util.Locale;

/**
 * The media type check of a JSON request body: a body declared as something else (text/plain, a
 * form) is 415 unsupported_media_type; a body without Content-Type is read as JSON, so that
 * clients that leave the header out keep working. (A resource-level {@code @Consumes} would
 * refuse those too.)
 */
public final class JsonMediaType {

    private JsonMediaType() {}

    /** @param contentType the request's Content-Type header, null when absent */
    public static void require(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        if (!isJson(contentType)) {
            throw new NotSupportedException("Content-Type " + contentType + " is not JSON");
        }
    }

    /** application/json, application/*+json, or a wildcard; parameters (charset) do not matter. */
    static boolean isJson(String contentType) {
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("*/*") || type.equals("application/*") || type.equals("application/json")
                || type.startsWith("application/") && type.endsWith("+json");
    }
}
