package io.qrun.engine.sim;

import jdk.incubator.vector.DoubleVector;

/**
 * The dense 4x4 kernel on 256-bit vectors: two groups per step (adjacent when qubit 0 is free),
 * 32 vector multiplies instead of 128 scalar ones. Each output is summed in the scalar kernel's
 * order (column 0 re, column 0 im, column 1 re, ...), so results are bitwise those of {@link
 * DenseTwoQubitKernel}, which also handles an odd group at either end of a range.
 */
final class VectorDenseTwoQubitKernel extends GateKernel {

    private final DenseTwoQubitKernel scalar;
    private final int o1, o2, o3;   // doubles from a group's |00> to its |01>, |10>, |11>
    /** Per matrix entry (row-major) 8 doubles: its real part in four lanes, then (-im, im, -im, im). */
    private final double[] lanes;

    VectorDenseTwoQubitKernel(QubitSubspace subspace, int[] targets, double[] m) {
        super(subspace);
        if (!subspace.adjacentPairs()) {
            throw new IllegalArgumentException("the vector kernel needs qubit 0 free");
        }
        this.scalar = new DenseTwoQubitKernel(subspace, targets, m);
        int[] off = targetOffsets(targets);
        o1 = off[1] << 1;
        o2 = off[2] << 1;
        o3 = off[3] << 1;
        lanes = new double[16 * 8];
        for (int e = 0; e < 16; e++) {
            double re = m[2 * e], im = m[2 * e + 1];
            for (int l = 0; l < 4; l++) {
                lanes[8 * e + l] = re;
                lanes[8 * e + 4 + l] = (l & 1) == 0 ? -im : im;
            }
        }
    }

    @Override
    void apply(double[] s, int from, int to) {
        if (from >= to) {
            return;
        }
        int g = from;
        if ((g & 1) != 0) {
            scalar.apply(s, g, g + 1);
            g++;
        }
        int end = to & ~1;
        if (g < end) {
            applyPairs(s, g, end);
        }
        if (end < to && end >= g) {
            scalar.apply(s, end, to);
        }
    }

    private void applyPairs(double[] s, int from, int to) {
        final double[] c = lanes;
        final int o1 = this.o1, o2 = this.o2, o3 = this.o3;
        final boolean uncontrolled = subspace.fixedCount() == 2;
        final int lowA = Math.min(o1, o2) / 2 - 1;
        final int lowB = Math.max(o1, o2) / 2 - 1;
        for (int g = from; g < to; g += 2) {
            int i0;
            if (uncontrolled) {
                int b = ((g & ~lowA) << 1) | (g & lowA);
                i0 = (((b & ~lowB) << 1) | (b & lowB)) << 1;
            } else {
                i0 = subspace.base(g) << 1;
            }
            int i1 = i0 + o1, i2 = i0 + o2, i3 = i0 + o3;
            DoubleVector a0 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i0);
            DoubleVector a1 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i1);
            DoubleVector a2 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i2);
            DoubleVector a3 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i3);
            DoubleVector a0s = a0.rearrange(ComplexLanes.SWAP);
            DoubleVector a1s = a1.rearrange(ComplexLanes.SWAP);
            DoubleVector a2s = a2.rearrange(ComplexLanes.SWAP);
            DoubleVector a3s = a3.rearrange(ComplexLanes.SWAP);
            row(c, 0, a0, a0s, a1, a1s, a2, a2s, a3, a3s).intoArray(s, i0);
            row(c, 32, a0, a0s, a1, a1s, a2, a2s, a3, a3s).intoArray(s, i1);
            row(c, 64, a0, a0s, a1, a1s, a2, a2s, a3, a3s).intoArray(s, i2);
            row(c, 96, a0, a0s, a1, a1s, a2, a2s, a3, a3s).intoArray(s, i3);
        }
    }

    /** One output row: sum over the columns of entry * amplitude, in the scalar kernel's order. */
    private static DoubleVector row(double[] c, int k, DoubleVector a0, DoubleVector a0s, DoubleVector a1,
                                    DoubleVector a1s, DoubleVector a2, DoubleVector a2s, DoubleVector a3,
                                    DoubleVector a3s) {
        return a0.mul(DoubleVector.fromArray(ComplexLanes.SPECIES, c, k))
                .add(a0s.mul(DoubleVector.fromArray(ComplexLanes.SPECIES, c, k + 4)))
                .add(a1.mul(DoubleVector.fromArray(ComplexLanes.SPECIES, c, k + 8)))
                .add(a1s.mul(DoubleVector.fromArray(ComplexLanes.SPECIES, c, k + 12)))
                .add(a2.mul(DoubleVector.fromArray(ComplexLanes.SPECIES, c, k + 16)))
                .add(a2s.mul(DoubleVector.fromArray(ComplexLanes.SPECIES, c, k + 20)))
                .add(a3.mul(DoubleVector.fromArray(ComplexLanes.SPECIES, c, k + 24)))
                .add(a3s.mul(DoubleVector.fromArray(ComplexLanes.SPECIES, c, k + 28)));
    }
}
