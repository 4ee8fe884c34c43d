package io.qrun.it.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The served OpenAPI document as a plain tree (JsonTrees), with what OpenApiIT asks of it: the
 * operations, their parameters and responses with local {@code $ref}s resolved, and a structural
 * check of a JSON value against a schema (types, enum/const, required and documented properties,
 * items), used for the document's own examples and for real answers of the server.
 */
final class OpenApiDocument {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final Map<String, Object> root;

    OpenApiDocument(Map<String, Object> root) {
        this.root = root;
    }

    Map<String, Object> root() {
        return root;
    }

    /** "GET /api/v1/jobs" -> the operation object. */
    Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> ops = new LinkedHashMap<>();
        map(root.get("paths")).forEach((path, item) -> map(item).forEach((method, op) -> {
            if (METHODS.contains(method)) {
                ops.put(method.toUpperCase() + " " + path, map(op));
            }
        }));
        return ops;
    }

    /** The operation's parameters with the path item's, resolved; the operation's win by (in, name). */
    List<Map<String, Object>> parameters(String path, Map<String, Object> op) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        for (Object source : new Object[] {map(map(root.get("paths")).get(path)).get("parameters"), op.get("parameters")}) {
            for (Object p : list(source)) {
                Map<String, Object> param = resolve(p);
                byKey.put(param.get("in") + ":" + param.get("name"), param);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** Follows a local $ref (#/components/...) until the object is no reference. */
    Map<String, Object> resolve(Object node) {
        Map<String, Object> m = map(node);
        int hops = 0;
        while (m.get("$ref") instanceof String ref) {
            if (!ref.startsWith("#/") || ++hops > 20) {
                throw new AssertionError("unresolvable $ref " + ref);
            }
            Object target = root;
            for (String step : ref.substring(2).split("/")) {
                target = map(target).get(step.replace("~1", "/").replace("~0", "~"));
                if (target == null) {
                    throw new AssertionError("$ref " + ref + " names nothing");
                }
            }
            m = map(target);
        }
        return m;
    }

    /** The examples of a media type object: its example, or the values of its examples. */
    List<Object> examples(Map<String, Object> mediaType) {
        List<Object> out = new ArrayList<>();
        if (mediaType.containsKey("example")) {
            out.add(mediaType.get("example"));
        }
        map(mediaType.get("examples")).values().forEach(e -> out.add(resolve(e).get("value")));
        return out;
    }

    /**
     * Checks {@code value} against {@code schema}; adds one line per mismatch to {@code problems},
     * each naming the place ({@code where}, then .field and [index]). An object schema with
     * properties is closed unless additionalProperties is true or a schema.
     */
    void check(Object schemaNode, Object value, String where, List<String> problems) {
        Map<String, Object> schema = resolve(schemaNode);
        if (!typeMatches(schema.get("type"), value)) {
            problems.add(where + ": " + describe(value) + " is not of type " + schema.get("type"));
            return;
        }
        if (schema.containsKey("const") && !equal(schema.get("const"), value)) {
            problems.add(where + ": " + describe(value) + " is not " + schema.get("const"));
        }
        if (schema.get("enum") instanceof List<?> allowed && value != null
                && allowed.stream().noneMatch(a -> equal(a, value))) {
            problems.add(where + ": " + describe(value) + " is not one of " + allowed);
        }
        if (value instanceof Map<?, ?> object) {
            Map<String, Object> properties = map(schema.get("properties"));
            for (Object required : list(schema.get("required"))) {
                if (!object.containsKey(required)) {
                    problems.add(where + ": required property '" + required + "' is missing");
                }
            }
            Object additional = schema.get("additionalProperties");
            boolean closed = !properties.isEmpty() && !(Boolean.TRUE.equals(additional) || additional instanceof Map);
            if (Boolean.FALSE.equals(additional)) {
                closed = true;
            }
            for (Map.Entry<?, ?> e : object.entrySet()) {
                String key = String.valueOf(e.getKey());
                Object property = properties.get(key);
                if (property != null) {
                    check(property, e.getValue(), where + "." + key, problems);
                } else if (closed) {
                    problems.add(where + ": property '" + key + "' is not in the schema");
                } else if (additional instanceof Map) {
                    check(additional, e.getValue(), where + "." + key, problems);
                }
            }
        } else if (value instanceof List<?> array && schema.get("items") != null) {
            for (int i = 0; i < array.size(); i++) {
                check(schema.get("items"), array.get(i), where + "[" + i + "]", problems);
            }
        }
    }

    /** OpenAPI 3.1 types: a name or a list of names, "null" among them for a nullable value. */
    private static boolean typeMatches(Object type, Object value) {
        if (type == null) {
            return true;
        }
        for (Object t : type instanceof List<?> l ? l : List.of(type)) {
            boolean match = switch (String.valueOf(t)) {
                case "null" -> value == null;
                case "object" -> value instanceof Map;
                case "array" -> value instanceof List;
                case "string" -> value instanceof String;
                case "boolean" -> value instanceof Boolean;
                case "integer" -> value instanceof Long || value instanceof Integer || value instanceof java.math.BigInteger;
                case "number" -> value instanceof Number;
                default -> throw new AssertionError("unknown schema type " + t);
            };
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** JSON equality, numbers by value (1 and 1.0 are equal). */
    private static boolean equal(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a == null ? b == null : a.equals(b);
    }

    private static String describe(Object value) {
        String s = String.valueOf(value);
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof Map)) {
            throw new AssertionError("expected an object, found " + describe(node));
        }
        return (Map<String, Object>) node;
    }

    static List<?> list(Object node) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof List<?> l)) {
            throw new AssertionError("expected an array, found " + describe(node));
        }
        return l;
    }
}
