package io.qrun.application.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between JSON text and the plain Java trees the engine speaks (Map, List, String,
 * Long/Double, Boolean, null). Integral numbers become Long, others Double, so that a value read
 * back from the database is exactly what the engine would have got from the request.
 */
public final class JsonTrees {

    private JsonTrees() {
    }

    public static Object parse(String json) {
        try (JsonReader reader = JsonFactories.READERS.createReader(new StringReader(json))) {
            return toJava(reader.readValue());
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String json) {
        Object tree = parse(json);
        if (!(tree instanceof Map)) {
            throw new IllegalArgumentException("Expected a JSON object, found " + json.substring(0, Math.min(40, json.length())));
        }
        return (Map<String, Object>) tree;
    }

    public static String write(Object tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonFactories.GENERATORS.createGenerator(out)) {
            writeValue(g, tree);
        }
        return out.toString();
    }

    /** The plain tree of a parsed JSON value (shared with the API layer's request parsing). */
    public static Object toJava(JsonValue v) {
        switch (v.getValueType()) {
            case OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                for (Map.Entry<String, JsonValue> e : ((JsonObject) v).entrySet()) {
                    m.put(e.getKey(), toJava(e.getValue()));
                }
                return m;
            }
            case ARRAY: {
                List<Object> l = new ArrayList<>();
                for (JsonValue item : (JsonArray) v) {
                    l.add(toJava(item));
                }
                return l;
            }
            case STRING:
                return ((JsonString) v).getString();
            case NUMBER: {
                JsonNumber n = (JsonNumber) v;
                if (n.isIntegral()) {
                    BigDecimal d = n.bigDecimalValue();
                    try {
                        return d.longValueExact();
                    } catch (ArithmeticException tooBig) {
                        return d; // exact, so that a limit check can name the number as written
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

    private static void writeValue(JsonGenerator g, Object v) {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeKey(String.valueOf(e.getKey()));
                writeValue(g, e.getValue());
            }
            g.writeEnd();
        } else if (v instanceof Iterable<?> it) {
            g.writeStartArray();
            for (Object item : it) {
                writeValue(g, item);
            }
            g.writeEnd();
        } else if (v instanceof Object[] arr) {
            writeValue(g, java.util.Arrays.asList(arr));
        } else if (v instanceof double[] arr) {
            g.writeStartArray();
            for (double d : arr) {
                writeNumber(g, d);
            }
            g.writeEnd();
        } else if (v instanceof long[] arr) {
            g.writeStartArray();
            for (long l : arr) {
                g.write(l);
            }
            g.writeEnd();
        } else if (v instanceof int[] arr) {
            g.writeStartArray();
            for (int i : arr) {
                g.write(i);
            }
            g.writeEnd();
        } else if (v instanceof String s) {
            g.write(s);
        } else if (v instanceof Boolean b) {
            g.write(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.write(((Number) v).longValue());
        } else if (v instanceof BigInteger b) {
            g.write(b);
        } else if (v instanceof BigDecimal b) {
            g.write(b);
        } else if (v instanceof Number n) {
            writeNumber(g, n.doubleValue());
        } else if (v instanceof java.time.Instant t) {
            // the API's timestamps: UTC ISO-8601 with Z, milliseconds
            g.write(java.time.format.DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
        } else {
            g.write(v.toString());
        }
    }

    /** JSON has no NaN or infinity: they are written as null rather than failing the whole result. */
    private static void writeNumber(JsonGenerator g, double d) {
        if (Double.isFinite(d)) {
            g.write(d);
        } else {
            g.writeNull();
        }
    }
}
