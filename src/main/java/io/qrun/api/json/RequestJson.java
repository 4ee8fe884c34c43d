package io.qrun.api.json;

import io.qrun.application.InputErrors;
import io.qrun.application.QrunException;
import io.qrun.application.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON request body with typed getters whose errors are 400 answers naming the field, so a
 * resource can validate without writing the message each time. Unknown fields are rejected by
 * {@link #allowOnly}, which catches typos ({@code usage_limit_second}) that would otherwise be
 * silently ignored.
 */
public final class RequestJson {

    private final JsonObject body;

    private RequestJson(JsonObject body) {
        this.body = body;
    }

    /** Parses a body that must be a JSON object; an empty body counts as {@code {}} when allowed. */
    public static RequestJson parse(String text, boolean emptyAllowed) {
        if (text == null || text.isBlank()) {
            if (emptyAllowed) {
                return new RequestJson(JsonValue.EMPTY_JSON_OBJECT);
            }
            throw new QrunException(ErrorCode.MALFORMED_JSON, "The request body is empty; send a JSON object.");
        }
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            JsonValue v = r.readValue();
            if (!(v instanceof JsonObject o)) {
                throw new QrunException(ErrorCode.MALFORMED_JSON, "The request body must be a JSON object, found " + v.getValueType() + ".");
            }
            return new RequestJson(o);
        } catch (JsonParsingException e) {
            throw new QrunException(ErrorCode.MALFORMED_JSON, "The request body is not valid JSON: line "
                    + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ": " + e.getMessage() + ".");
        } catch (JsonException e) {
            throw new QrunException(ErrorCode.MALFORMED_JSON, "The request body is not valid JSON: " + e.getMessage() + ".");
        }
    }

    public RequestJson allowOnly(Set<String> fields) {
        for (String k : body.keySet()) {
            if (!fields.contains(k)) {
                throw InputErrors.unknownField(k, String.join(", ", new TreeSet<>(fields)));
            }
        }
        return this;
    }

    public boolean has(String field) {
        return body.containsKey(field);
    }

    public boolean isNull(String field) {
        return body.containsKey(field) && body.isNull(field);
    }

    public String requiredString(String field) {
        return optionalString(field).orElseThrow(() -> InputErrors.missingField(field, "give it as a non-blank string."));
    }

    public Optional<String> optionalString(String field) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(v instanceof JsonString s)) {
            throw invalid(field, "must be a string, found " + v);
        }
        if (s.getString().isBlank()) {
            throw invalid(field, "must not be blank");
        }
        return Optional.of(s.getString());
    }

    public Optional<Double> optionalNumber(String field) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(v instanceof JsonNumber n)) {
            throw invalid(field, "must be a number, found " + v);
        }
        return Optional.of(n.doubleValue());
    }

    public Optional<Long> optionalLong(String field) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw invalid(field, "must be an integer, found " + v);
        }
        try {
            return Optional.of(n.longValueExact());
        } catch (ArithmeticException e) {
            throw invalid(field, "is out of range: " + v);
        }
    }

    public Optional<Boolean> optionalBoolean(String field) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return Optional.empty();
        }
        if (v == JsonValue.TRUE) {
            return Optional.of(true);
        }
        if (v == JsonValue.FALSE) {
            return Optional.of(false);
        }
        throw invalid(field, "must be true or false, found " + v);
    }

    public Optional<List<String>> optionalStringList(String field) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(v instanceof JsonArray a)) {
            throw invalid(field, "must be an array of strings, found " + v);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof JsonString s) || s.getString().isBlank()) {
                throw invalid(field + "[" + i + "]", "must be a non-blank string, found " + a.get(i));
            }
            out.add(s.getString());
        }
        return Optional.of(out);
    }

    /** A 400 {@code invalid_field} naming the field. */
    public static QrunException invalid(String field, String what) {
        return InputErrors.invalidField(field, what);
    }
}
