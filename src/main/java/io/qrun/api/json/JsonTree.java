package io.qrun.api.json;

import io.qrun.application.json.JsonTrees;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;

/**
 * Converts between JSON text and plain Java trees (Map, List, String, Number, Boolean, null): the
 * form the application services and the engine take and give. The REST layer parses bodies itself
 * (instead of letting JAX-RS bind them) so that a malformed body is a 400 in the API's error format
 * that says where the JSON broke, never a provider's own error page. The conversion itself is
 * {@link JsonTrees}, shared with the job service and the batch steps.
 */
public final class JsonTree {

    private JsonTree() {}

    /** Thrown for text that is not JSON; the message names line and column. */
    public static final class MalformedJsonException extends RuntimeException {
        MalformedJsonException(String message) {
            super(message);
        }
    }

    /** Parses any JSON text into a plain tree; integral numbers become Long (BigDecimal if huge). */
    public static Object parse(String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedJsonException("the body is empty");
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return JsonTrees.toJava(reader.readValue());
        } catch (JsonParsingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : "line " + loc.getLineNumber() + ", column " + loc.getColumnNumber() + ": ";
            throw new MalformedJsonException(where + e.getMessage());
        } catch (jakarta.json.JsonException e) {
            throw new MalformedJsonException(e.getMessage());
        }
    }

    /** Writes a plain tree as compact JSON. Instants become UTC ISO-8601 strings with {@code Z}. */
    public static String write(Object tree) {
        return JsonTrees.write(tree);
    }
}
