package io.qrun.engine.primitives;

import java.util.Arrays;
import java.util.StringJoiner;

/**
 * numpy-style array shapes: broadcasting, flat (row-major) indexing and the index an operand of a
 * broadcast reads. A shape is an {@code int[]}; {@code new int[0]} is a scalar.
 */
final class Shapes {

    static final int[] SCALAR = new int[0];

    private Shapes() {}

    /** The number of elements of an array of this shape (1 for a scalar). */
    static long size(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    /**
     * numpy's broadcast of two shapes: right-aligned, each pair of axes equal or one of them 1.
     *
     * @throws IllegalArgumentException naming both shapes when they cannot be broadcast
     */
    static int[] broadcast(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int da = axis(a, i - (n - a.length));
            int db = axis(b, i - (n - b.length));
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException("shapes " + format(a) + " and " + format(b)
                        + " cannot be broadcast together (axis " + i + ": " + da + " vs " + db + ")");
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    private static int axis(int[] shape, int i) {
        return i < 0 ? 1 : shape[i];
    }

    /** The multi-index of flat (row-major) position {@code flat} in {@code shape}. */
    static int[] unravel(long flat, int[] shape) {
        int[] index = new int[shape.length];
        for (int i = shape.length - 1; i >= 0; i--) {
            index[i] = (int) (flat % shape[i]);
            flat /= shape[i];
        }
        return index;
    }

    /**
     * The flat position that an operand of shape {@code operand} contributes to the element at
     * {@code resultIndex} of the broadcast result: axes are right-aligned and axes of length 1 repeat.
     */
    static int operandFlat(int[] resultIndex, int[] operand) {
        int offset = resultIndex.length - operand.length;
        int flat = 0;
        for (int i = 0; i < operand.length; i++) {
            int idx = operand[i] == 1 ? 0 : resultIndex[offset + i];
            flat = flat * operand[i] + idx;
        }
        return flat;
    }

    /** "(2, 3)" like numpy; "()" for a scalar and "(4,)" for one axis. */
    static String format(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringJoiner j = new StringJoiner(", ", "(", ")");
        Arrays.stream(shape).forEach(d -> j.add(Integer.toString(d)));
        return j.toString();
    }
}
