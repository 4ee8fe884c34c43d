package io.qrun.engine.qiskit;

import java.util.Objects;

/**
 * An n-dimensional numpy array in C order: its dtype, shape and raw little-endian element bytes.
 * {@link #doubleAt} reads any numeric dtype as a double (booleans as 0 and 1).
 */
public final class NpyArray {

    private final NpyDtype dtype;
    private final int[] shape;
    private final byte[] data;

    NpyArray(NpyDtype dtype, int[] shape, byte[] data) {
        this.dtype = Objects.requireNonNull(dtype);
        this.shape = shape.clone();
        this.data = data;
        if ((long) size() * dtype.itemSize() != data.length) {
            throw new IllegalArgumentException("an array of shape " + java.util.Arrays.toString(shape) + " and dtype "
                    + dtype.descr() + " holds " + (long) size() * dtype.itemSize() + " bytes, not " + data.length);
        }
    }

    public NpyDtype dtype() {
        return dtype;
    }

    public int[] shape() {
        return shape.clone();
    }

    /** Number of elements (1 for a 0-d array). */
    public int size() {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return (int) n;
    }

    /** Element {@code flat} (row-major) as a double. */
    public double doubleAt(int flat) {
        int at = flat * dtype.itemSize();
        switch (dtype) {
            case FLOAT64:
                return Double.longBitsToDouble(littleEndian(at, 8));
            case FLOAT32:
                return Float.intBitsToFloat((int) littleEndian(at, 4));
            case INT64:
                return littleEndian(at, 8);
            case INT32:
                return (int) littleEndian(at, 4);
            case UINT8:
                return data[at] & 0xff;
            case BOOL:
                return data[at] != 0 ? 1 : 0;
            default:
                throw new AssertionError(dtype);
        }
    }

    /** Element {@code flat} of a byte array ({@code |u1} or {@code |b1}). */
    public int byteAt(int flat) {
        if (dtype.itemSize() != 1) {
            throw new IllegalStateException("byteAt on a " + dtype.descr() + " array");
        }
        return data[flat] & 0xff;
    }

    private long littleEndian(int at, int length) {
        long v = 0;
        for (int i = length - 1; i >= 0; i--) {
            v = (v << 8) | (data[at + i] & 0xff);
        }
        return v;
    }

    /** A float64 array of {@code shape} holding {@code values} (row-major). */
    public static NpyArray float64(int[] shape, double[] values) {
        byte[] data = new byte[values.length * 8];
        for (int i = 0; i < values.length; i++) {
            long bits = Double.doubleToLongBits(values[i]);
            for (int b = 0; b < 8; b++) {
                data[i * 8 + b] = (byte) (bits >>> (8 * b));
            }
        }
        return new NpyArray(NpyDtype.FLOAT64, shape, data);
    }

    /** A uint8 array of {@code shape} holding {@code values} (row-major). */
    public static NpyArray uint8(int[] shape, byte[] values) {
        return new NpyArray(NpyDtype.UINT8, shape, values.clone());
    }

    byte[] rawData() {
        return data;
    }
}
