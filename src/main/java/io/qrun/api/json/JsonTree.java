package io.qrun.api.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between JSON text and plain Java trees (Map, List, String, Number, Boolean, null): the
 * form the application services and the engine take and give. The REST layer parses bodies itself
 * (instead of letting JAX-RS bind them) so that a malformed body is a 400 in the API's error format
 * that says where the JSON broke, never a provider's own error page.
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
            return toTree(reader.readValue());
        } catch (JsonParsingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : "line " + loc.getLineNumber() + ", column " + loc.getColumnNumber() + ": ";
            throw new MalformedJsonException(where + e.getMessage());
        } catch (jakarta.json.JsonException e) {
            throw new MalformedJsonException(e.getMessage());
        }
    }

    static Object toTree(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (Map.Entry<String, JsonValue> e : ((JsonObject) value).entrySet()) {
                    map.put(e.getKey(), toTree(e.getValue()));
                }
                return map;
            }
            case ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonValue v : (JsonArray) value) {
                    list.add(toTree(v));
                }
                return list;
            }
            case STRING:
                return ((JsonString) value).getString();
            case NUMBER: {
                JsonNumber n = (JsonNumber) value;
                if (n.isIntegral()) {
                    BigDecimal d = n.bigDecimalValue();
                    try {
                        return d.longValueExact();
                    } catch (ArithmeticException tooBig) {
                        return d;
                    }
                }
                return n.doubleValue();
            }
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** Writes a plain tree as compact JSON. Instants become UTC ISO-8601 strings with {@code Z}. */
    public static String write(Object tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.createGenerator(out)) {
            writeValue(g, null, tree);
        }
        return out.toString();
    }

    private static void writeValue(JsonGenerator g, String key, Object v) {
        if (v == null) {
            if (key == null) g.writeNull(); else g.writeNull(key);
        } else if (v instanceof Map<?, ?> map) {
            if (key == null) g.writeStartObject(); else g.writeStartObject(key);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                writeValue(g, String.valueOf(e.getKey()), e.getValue());
            }
            g.writeEnd();
        } else if (v instanceof Collection<?> items) {
            if (key == null) g.writeStartArray(); else g.writeStartArray(key);
            for (Object item : items) {
                writeValue(g, null, item);
            }
            g.writeEnd();
        } else if (v instanceof int[] ints) {
            List<Object> boxed = new ArrayList<>();
            for (int i : ints) boxed.add(i);
            writeValue(g, key, boxed);
        } else if (v instanceof double[] doubles) {
            List<Object> boxed = new ArrayList<>();
            for (double d : doubles) boxed.add(d);
            writeValue(g, key, boxed);
        } else if (v instanceof Object[] objects) {
            writeValue(g, key, List.of(objects));
        } else if (v instanceof String s) {
            if (key == null) g.write(s); else g.write(key, s);
        } else if (v instanceof Boolean b) {
            if (key == null) g.write(b); else g.write(key, b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            long l = ((Number) v).longValue();
            if (key == null) g.write(l); else g.write(key, l);
        } else if (v instanceof BigDecimal d) {
            if (key == null) g.write(d); else g.write(key, d);
        } else if (v instanceof Number n) {
            double d = n.doubleValue();
            // JSON has no NaN or infinity; null says "no value" without breaking the document
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                writeValue(g, key, null);
            } else if (key == null) {
                g.write(d);
            } else {
                g.write(key, d);
            }
        } else if (v instanceof Instant t) {
            writeValue(g, key, Timestamps.format(t));
        } else {
            writeValue(g, key, v.toString());
        }
    }
}
