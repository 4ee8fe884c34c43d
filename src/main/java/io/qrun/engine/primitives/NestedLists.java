package io.qrun.engine.primitives;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Nested JSON lists as n-dimensional arrays: reading the shape of a rectangular nesting and its
 * leaves in row-major order, and building nested lists of a shape for results.
 */
final class NestedLists {

    private NestedLists() {}

    /** A rectangular nesting: its shape and its leaves in row-major order. */
    record Nested(int[] shape, List<Object> leaves) {}

    /**
     * Reads a nesting of lists whose leaves are non-list values. Every list at one depth must have
     * the same length (a rectangular array) and no axis may be empty.
     *
     * @param path where the value is, for messages
     */
    static Nested read(Object value, String path) {
        List<Integer> shape = new ArrayList<>();
        Object probe = value;
        while (probe instanceof List<?> list) {
            if (list.isEmpty()) {
                throw new PrimitiveInputException(path, "an empty list is not a valid array here; give at least one element");
            }
            shape.add(list.size());
            probe = list.get(0);
        }
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        List<Object> leaves = new ArrayList<>();
        collect(value, dims, 0, path, leaves);
        return new Nested(dims, leaves);
    }

    private static void collect(Object value, int[] dims, int depth, String path, List<Object> out) {
        if (depth == dims.length) {
            if (value instanceof List<?>) {
                throw new PrimitiveInputException(path, "ragged array: expected a value at depth " + depth
                        + " but found a list; every element must have the same shape");
            }
            out.add(value);
            return;
        }
        if (!(value instanceof List<?> list)) {
            throw new PrimitiveInputException(path, "ragged array: expected a list of length " + dims[depth]
                    + " at depth " + depth + " but found " + JsonValues.describe(value));
        }
        if (list.size() != dims[depth]) {
            throw new PrimitiveInputException(path, "ragged array: a list at depth " + depth + " has length "
                    + list.size() + " where " + dims[depth] + " was expected; every element must have the same shape");
        }
        for (int i = 0; i < list.size(); i++) {
            collect(list.get(i), dims, depth + 1, path + "[" + i + "]", out);
        }
    }

    /** Nested lists of {@code shape} whose leaf at flat position k is {@code leaf.apply(k)}; the bare leaf for a scalar. */
    static Object build(int[] shape, IntFunction<Object> leaf) {
        int[] next = {0};
        return build(shape, 0, leaf, next);
    }

    private static Object build(int[] shape, int depth, IntFunction<Object> leaf, int[] next) {
        if (depth == shape.length) {
            return leaf.apply(next[0]++);
        }
        List<Object> list = new ArrayList<>(shape[depth]);
        for (int i = 0; i < shape[depth]; i++) {
            list.add(build(shape, depth + 1, leaf, next));
        }
        return list;
    }
}
