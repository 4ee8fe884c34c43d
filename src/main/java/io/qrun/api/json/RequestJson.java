package io.qrun.api.json;

import io.qrun.application.json.JsonFactories;
import io.qrun.application.ErrorCode;
import io.qrun.application.InputErrors;
import io.qrun.application.QrunException;
import io.qrun.application.json.JsonTrees;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one reader of request bodies: parses the text into a plain tree ({@link JsonTrees}, the form
 * the services and the engine take) and gives typed getters whose errors are 400 answers naming the
 * field. The getters check JSON types only; what a value means (a known program, a tag limit) is
 * the application's to check. Unknown fields are rejected by {@link #allowOnly}, which catches
 * typos ({@code usage_limit_second}) that would otherwise be silently ignored.
 *
 * <p>Resources take their body as a String and parse it here (instead of letting JAX-RS bind it)
 * so that a malformed body is a 400 in the API's error format that says where the JSON broke.
 */
public final class RequestJson {

    private final Map<String, Object> body;

    private RequestJson(Map<String, Object> body) {
        this.body = body;
    }

    /** Parses a body that must be a JSON object; an empty body counts as {@code {}} when allowed. */
    @SuppressWarnings("unchecked")
    public static RequestJson parse(String text, boolean emptyAllowed) {
        if (text == null || text.isBlank()) {
            if (emptyAllowed) {
                return new RequestJson(Map.of());
            }
            throw new QrunException(ErrorCode.MALFORMED_JSON, "The request body is empty; send a JSON object.");
        }
        Object tree;
        try (JsonReader r = JsonFactories.READERS.createReader(new StringReader(text))) {
            tree = JsonTrees.toJava(r.readValue());
        } catch (JsonParsingException e) {
            throw InputErrors.malformedBody(where(e.getLocation()) + e.getMessage());
        } catch (JsonException e) {
            throw InputErrors.malformedBody(e.getMessage());
        }
        if (!(tree instanceof Map<?, ?> object)) {
            throw new QrunException(ErrorCode.MALFORMED_JSON, "The request body must be a JSON object, found "
                    + typeName(tree) + ".");
        }
        return new RequestJson((Map<String, Object>) object);
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : "line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ": ";
    }

    /** Rejects a field not in {@code fields} with {@code unknown_field}, naming the allowed ones. */
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

    /** A string that must be present and not blank ({@code missing_field} otherwise). */
    public String requiredString(String field) {
        return optionalNonBlankString(field)
                .orElseThrow(() -> InputErrors.missingField(field, "give it as a non-blank string."));
    }

    /** A string, as given (blank included): what it means is for the caller to check. */
    public Optional<String> optionalString(String field) {
        Object v = body.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof String s)) {
            throw invalid(field, "must be a string, found " + describe(v) + ".");
        }
        return Optional.of(s);
    }

    /** A string that, when given, is not blank (names, labels, reasons). */
    public Optional<String> optionalNonBlankString(String field) {
        Optional<String> s = optionalString(field);
        if (s.isPresent() && s.get().isBlank()) {
            throw invalid(field, "must not be blank; leave it out or give some text.");
        }
        return s;
    }

    public Optional<Double> optionalNumber(String field) {
        Object v = body.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof Number n)) {
            throw invalid(field, "must be a number, found " + describe(v) + ".");
        }
        return Optional.of(n.doubleValue());
    }

    /**
     * A whole number. {@code 10.0} counts as 10: some clients write every number as a float.
     */
    public Optional<Long> optionalLong(String field) {
        Object v = body.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Long l) {
            return Optional.of(l);
        }
        if (v instanceof Double d && !d.isInfinite() && d == Math.rint(d) && Math.abs(d) < 0x1p53) {
            return Optional.of(d.longValue());
        }
        if (v instanceof BigDecimal) {
            throw invalid(field, "is out of range, found " + v + ".");
        }
        throw invalid(field, "must be a whole number, found " + describe(v) + ".");
    }

    public Optional<Boolean> optionalBoolean(String field) {
        Object v = body.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof Boolean b)) {
            throw invalid(field, "must be true or false, found " + describe(v) + ".");
        }
        return Optional.of(b);
    }

    /** A list of strings, as given (blank entries included); an entry of another type names its index. */
    public Optional<List<String>> optionalStringList(String field) {
        Object v = body.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof List<?> list)) {
            throw invalid(field, "must be an array of strings, found " + describe(v) + ".");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String s)) {
                throw invalid(field + "[" + i + "]", "must be a string, found " + describe(list.get(i)) + ".");
            }
            out.add(s);
        }
        return Optional.of(List.copyOf(out));
    }

    /** A JSON object as a plain tree (Map, List, String, Long/Double, Boolean, null). */
    public Optional<Map<String, Object>> optionalObject(String field) {
        Object v = body.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw invalid(field, "must be a JSON object, found " + describe(v) + ".");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, x) -> out.put(String.valueOf(k), x));
        return Optional.of(out);
    }

    /** A 400 {@code invalid_field} naming the field. */
    public static QrunException invalid(String field, String what) {
        return InputErrors.invalidField(field, what);
    }

    /** A value as an error message shows it: strings quoted and cut at 40 characters. */
    static String describe(Object value) {
        if (value instanceof String s) {
            return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (value instanceof Map || value instanceof List) {
            return typeName(value);
        }
        return String.valueOf(value);
    }

    private static String typeName(Object value) {
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return "null";
    }
}
