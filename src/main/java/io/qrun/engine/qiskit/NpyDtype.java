package io.qrun.engine.qiskit;

import java.util.Arrays;
import java.util.Optional;

/** The {@code .npy} element types Qrun reads and writes: little-endian numbers, bytes and booleans. */
public enum NpyDtype {
    FLOAT64("<f8", 8),
    FLOAT32("<f4", 4),
    INT64("<i8", 8),
    INT32("<i4", 4),
    UINT8("|u1", 1),
    BOOL("|b1", 1);

    private final String descr;
    private final int itemSize;

    NpyDtype(String descr, int itemSize) {
        this.descr = descr;
        this.itemSize = itemSize;
    }

    /** numpy's {@code dtype.str}, as in the header's 'descr'. */
    public String descr() {
        return descr;
    }

    public int itemSize() {
        return itemSize;
    }

    public static Optional<NpyDtype> byDescr(String descr) {
        return Arrays.stream(values()).filter(d -> d.descr.equals(descr)).findFirst();
    }
}
