package io.qrun.engine.primitives;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter values of a PUB: an array of parameter sets of some {@link #shape()}, each set
 * holding one value per circuit parameter in {@link #parameters()} order (the circuit's order).
 *
 * <p>Two JSON forms, as Qiskit's BindingsArray: a dict keyed by parameter name whose values are
 * numbers or nested lists broadcast together, or an array whose last axis runs over the circuit's
 * parameters in order (its leading axes are the shape).
 */
public final class BindingsArray {

    private final int[] shape;
    private final List<String> parameters;
    /** Row-major: set k occupies values[k*p .. k*p+p-1]. */
    private final double[] values;

    private BindingsArray(int[] shape, List<String> parameters, double[] values) {
        this.shape = shape;
        this.parameters = List.copyOf(parameters);
        this.values = values;
    }

    /** Parameter sets of {@code shape}, row-major, {@code parameters.size()} values each (from an .npy array). */
    static BindingsArray of(int[] shape, List<String> parameters, double[] values) {
        if (Shapes.size(shape) * parameters.size() != values.length) {
            throw new IllegalArgumentException(values.length + " values do not fill shape " + Shapes.format(shape)
                    + " with " + parameters.size() + " parameters");
        }
        return new BindingsArray(shape.clone(), parameters, values.clone());
    }

    /** The shape of the array of parameter sets ({@code ()} for one set). */
    public int[] shape() {
        return shape.clone();
    }

    public List<String> parameters() {
        return parameters;
    }

    /** How many parameter sets. */
    public int numSets() {
        return (int) Shapes.size(shape);
    }

    /** The values of set {@code flat} (row-major), in {@link #parameters()} order. */
    public double[] set(int flat) {
        int p = parameters.size();
        return Arrays.copyOfRange(values, flat * p, flat * p + p);
    }

    /**
     * Decodes parameter values for a circuit with these {@code parameters}.
     *
     * @param json null, a number, a (nested) list or a dict, as in a PUB
     * @param path where {@code json} sits, for messages
     */
    public static BindingsArray decode(Object json, List<String> parameters, String path) {
        if (json == null) {
            if (!parameters.isEmpty()) {
                throw new PrimitiveInputException(path, "the circuit has parameters " + parameters
                        + " but no values were given; pass a dict {\"" + parameters.get(0) + "\": ...} or a list");
            }
            return new BindingsArray(Shapes.SCALAR, parameters, new double[0]);
        }
        if (json instanceof Map<?, ?>) {
            return decodeDict(JsonValues.object(json, path), parameters, path);
        }
        return decodeArray(json, parameters, path);
    }

    private static BindingsArray decodeArray(Object json, List<String> parameters, String path) {
        int p = parameters.size();
        if (p == 0) {
            if (json instanceof List<?> l && l.isEmpty()) {
                return new BindingsArray(Shapes.SCALAR, parameters, new double[0]);
            }
            throw new PrimitiveInputException(path, "the circuit has no parameters, so parameter values must be null or []");
        }
        if (!(json instanceof List<?>)) {
            if (p == 1) {
                return new BindingsArray(Shapes.SCALAR, parameters, new double[] {JsonValues.number(json, path)});
            }
            throw new PrimitiveInputException(path, "expected a list of " + p + " values (one per parameter "
                    + parameters + ") or a dict keyed by parameter name, found " + JsonValues.describe(json));
        }
        NestedLists.Nested nested = NestedLists.read(json, path);
        int[] dims = nested.shape();
        if (dims[dims.length - 1] != p) {
            throw new PrimitiveInputException(path, "the last axis of the parameter values has length "
                    + dims[dims.length - 1] + " but the circuit has " + p + " parameters " + parameters
                    + "; the last axis runs over the parameters in this order"
                    + (p == 1 ? " (for a sweep of one parameter write [[v1], [v2], ...] or {\"" + parameters.get(0)
                            + "\": [v1, v2, ...]})" : ""));
        }
        double[] values = new double[nested.leaves().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = JsonValues.number(nested.leaves().get(i), path + indexSuffix(i, dims));
        }
        return new BindingsArray(Arrays.copyOf(dims, dims.length - 1), parameters, values);
    }

    private static BindingsArray decodeDict(Map<String, Object> dict, List<String> parameters, String path) {
        for (String key : dict.keySet()) {
            if (!parameters.contains(key)) {
                throw new PrimitiveInputException(path + "." + key, "the circuit has no parameter named '" + key
                        + "'; its parameters are " + parameters);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String name : parameters) {
            if (!dict.containsKey(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new PrimitiveInputException(path, "no value for parameter(s) " + missing
                    + "; every parameter of the circuit needs a value");
        }
        // Each parameter's values form an array; all of them broadcast together to the PUB's shape.
        Map<String, NestedLists.Nested> perName = new LinkedHashMap<>();
        int[] shape = Shapes.SCALAR;
        for (String name : parameters) {
            String at = path + "." + name;
            NestedLists.Nested n = NestedLists.read(dict.get(name), at);
            for (int i = 0; i < n.leaves().size(); i++) {
                JsonValues.number(n.leaves().get(i), at + indexSuffix(i, n.shape()));
            }
            try {
                shape = Shapes.broadcast(shape, n.shape());
            } catch (IllegalArgumentException e) {
                throw new PrimitiveInputException(at, "the values of '" + name + "' have shape "
                        + Shapes.format(n.shape()) + ", which does not broadcast with the other parameters' shape "
                        + Shapes.format(shape) + " (numpy broadcasting rules)");
            }
            perName.put(name, n);
        }
        int sets = (int) Shapes.size(shape);
        int p = parameters.size();
        double[] values = new double[sets * p];
        for (int k = 0; k < sets; k++) {
            int[] index = Shapes.unravel(k, shape);
            for (int j = 0; j < p; j++) {
                NestedLists.Nested n = perName.get(parameters.get(j));
                values[k * p + j] = ((Number) n.leaves().get(Shapes.operandFlat(index, n.shape()))).doubleValue();
            }
        }
        return new BindingsArray(shape, parameters, values);
    }

    /** "[1][0]" for leaf i of an array of the given shape. */
    static String indexSuffix(long flat, int[] shape) {
        StringBuilder sb = new StringBuilder();
        for (int i : Shapes.unravel(flat, shape)) {
            sb.append('[').append(i).append(']');
        }
        return sb.toString();
    }
}
