package io.qrun.engine.primitives;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Reading typed values out of plain JSON trees with messages that name the path and the found type. */
final class JsonValues {

    private JsonValues() {}

    /** "a string", "a list", "null", ... for messages. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (value instanceof Boolean b) {
            return "the boolean " + b;
        }
        if (value instanceof Number n) {
            return "the number " + n;
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return "a " + value.getClass().getSimpleName();
    }

    /** A finite real number (booleans are not numbers). */
    static double number(Object value, String path) {
        if (value instanceof Number n && !(value instanceof Boolean)) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
            throw new PrimitiveInputException(path, "expected a finite number, found " + n);
        }
        throw new PrimitiveInputException(path, "expected a number, found " + describe(value));
    }

    /** An integer: an integral JSON number (2 or 2.0) within long range. */
    static long integer(Object value, String path) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger b) {
            if (b.bitLength() < 64) {
                return b.longValue();
            }
            throw new PrimitiveInputException(path, "the integer " + b + " is out of range");
        }
        if (value instanceof BigDecimal b) {
            try {
                return b.longValueExact();
            } catch (ArithmeticException e) {
                throw new PrimitiveInputException(path, "expected an integer, found " + b);
            }
        }
        if (value instanceof Number n && !(value instanceof Boolean)) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 0x1p62) {
                return (long) d;
            }
            throw new PrimitiveInputException(path, "expected an integer, found " + n);
        }
        throw new PrimitiveInputException(path, "expected an integer, found " + describe(value));
    }

    static boolean bool(Object value, String path) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new PrimitiveInputException(path, "expected true or false, found " + describe(value));
    }

    static String string(Object value, String path) {
        if (value instanceof String s) {
            return s;
        }
        throw new PrimitiveInputException(path, "expected a string, found " + describe(value));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value, String path) {
        if (value instanceof Map<?, ?> m) {
            for (Object k : m.keySet()) {
                if (!(k instanceof String)) {
                    throw new PrimitiveInputException(path, "object keys must be strings, found " + describe(k));
                }
            }
            return (Map<String, Object>) m;
        }
        throw new PrimitiveInputException(path, "expected an object, found " + describe(value));
    }
}
