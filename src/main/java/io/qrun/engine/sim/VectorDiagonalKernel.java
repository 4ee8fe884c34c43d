package io.qrun.engine.sim;

import jdk.incubator.vector.DoubleVector;

/**
 * A diagonal kernel that changes one or two amplitudes per group (p, cz, rz, crz), on 256-bit
 * vectors, two groups per step (adjacent when qubit 0 is free). Same products and sums per
 * amplitude as {@link DiagonalKernel} (see {@link ComplexLanes}), which also takes an odd group
 * at either end of a range.
 */
final class VectorDiagonalKernel extends PairedVectorKernel {

    private final int o0, o1;   // doubles from a group's base to its changed amplitudes
    /**
     * The changed entries: c0r, c0i, c1r, c1i. Each loop builds its vectors from them in its own
     * body, as {@link VectorDenseOneQubitKernel} does and for the same reason (rz in cache: 17-22 %
     * less time than with ComplexLanes' helpers).
     */
    private final double[] c;
    private final boolean two;

    VectorDiagonalKernel(DiagonalKernel scalar) {
        super(scalar.subspace(), scalar);
        int changed = scalar.changedPerGroup();
        if (changed < 1 || changed > 2) {
            throw new IllegalArgumentException("the vector kernel needs 1 or 2 changed entries");
        }
        this.two = changed == 2;
        o0 = scalar.offset(0) << 1;
        c = new double[4];
        c[0] = scalar.entryRe(0);
        c[1] = scalar.entryIm(0);
        o1 = two ? scalar.offset(1) << 1 : 0;
        c[2] = two ? scalar.entryRe(1) : 0;
        c[3] = two ? scalar.entryIm(1) : 0;
        if (subspace.fixedCount() == 1 && two && o0 != 0) {
            throw new IllegalStateException("a one-target diagonal changing both entries starts at the group's base");
        }
    }

    @Override
    void applyPairs(double[] s, int from, int to) {
        if (subspace.fixedCount() == 1) {
            applyOneTarget(s, from, to);
        } else if (two) {
            applyTwo(s, from, to);
        } else {
            applyOne(s, from, to);
        }
    }

    /**
     * No controls, one target (rz, p, z, s, t): groups below the next multiple of 2^target are
     * contiguous amplitudes, so each such run is walked with a plain index, both halves side by
     * side (as {@link VectorDenseOneQubitKernel} does), instead of a bit insertion per pair; the
     * one- and two-entry cases are separate loops.
     */
    private void applyOneTarget(double[] s, int from, int to) {
        if (two) {
            applyOneTargetTwo(s, from, to);
        } else {
            applyOneTargetOne(s, from, to);
        }
    }

    private void applyOneTargetTwo(double[] s, int from, int to) {
        final int low = subspace.lowMask(0);
        // both entries of one target: the |0> amplitude at the group's base (o0 = 0), |1> at o1
        final int o1 = this.o1;
        final double[] c = this.c;
        final DoubleVector r0 = DoubleVector.broadcast(ComplexLanes.SPECIES, c[0]);
        final DoubleVector i0 = DoubleVector.fromArray(ComplexLanes.SPECIES, new double[] {-c[1], c[1], -c[1], c[1]}, 0);
        final DoubleVector r1 = DoubleVector.broadcast(ComplexLanes.SPECIES, c[2]);
        final DoubleVector i1 = DoubleVector.fromArray(ComplexLanes.SPECIES, new double[] {-c[3], c[3], -c[3], c[3]}, 0);
        for (int g = from; g < to; ) {
            int runEnd = Math.min(to, (g | low) + 1);
            int i = (((g & ~low) << 1) | (g & low)) << 1;
            int iEnd = i + ((runEnd - g) << 1);
            g = runEnd;
            for (; i < iEnd; i += 4) {
                int ia = i, ib = i + o1;
                DoubleVector a = DoubleVector.fromArray(ComplexLanes.SPECIES, s, ia);
                DoubleVector b = DoubleVector.fromArray(ComplexLanes.SPECIES, s, ib);
                a.mul(r0).add(a.rearrange(ComplexLanes.SWAP).mul(i0)).intoArray(s, ia);
                b.mul(r1).add(b.rearrange(ComplexLanes.SWAP).mul(i1)).intoArray(s, ib);
            }
        }
    }

    private void applyOneTargetOne(double[] s, int from, int to) {
        final int low = subspace.lowMask(0);
        final int o0 = this.o0;
        final double[] c = this.c;
        final DoubleVector r0 = DoubleVector.broadcast(ComplexLanes.SPECIES, c[0]);
        final DoubleVector i0 = DoubleVector.fromArray(ComplexLanes.SPECIES, new double[] {-c[1], c[1], -c[1], c[1]}, 0);
        for (int g = from; g < to; ) {
            int runEnd = Math.min(to, (g | low) + 1);
            int i = (((g & ~low) << 1) | (g & low)) << 1;
            int iEnd = i + ((runEnd - g) << 1);
            g = runEnd;
            for (; i < iEnd; i += 4) {
                int ia = i + o0;
                DoubleVector a = DoubleVector.fromArray(ComplexLanes.SPECIES, s, ia);
                a.mul(r0).add(a.rearrange(ComplexLanes.SWAP).mul(i0)).intoArray(s, ia);
            }
        }
    }

    private void applyOne(double[] s, int from, int to) {
        final int o0 = this.o0;
        final double[] c = this.c;
        final DoubleVector r0 = DoubleVector.broadcast(ComplexLanes.SPECIES, c[0]);
        final DoubleVector i0 = DoubleVector.fromArray(ComplexLanes.SPECIES, new double[] {-c[1], c[1], -c[1], c[1]}, 0);
        for (int g = from; g < to; g += 2) {
            int i = (subspace.base(g) << 1) + o0;
            DoubleVector a = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i);
            a.mul(r0).add(a.rearrange(ComplexLanes.SWAP).mul(i0)).intoArray(s, i);
        }
    }

    private void applyTwo(double[] s, int from, int to) {
        final int o0 = this.o0, o1 = this.o1;
        final double[] c = this.c;
        final DoubleVector r0 = DoubleVector.broadcast(ComplexLanes.SPECIES, c[0]);
        final DoubleVector i0 = DoubleVector.fromArray(ComplexLanes.SPECIES, new double[] {-c[1], c[1], -c[1], c[1]}, 0);
        final DoubleVector r1 = DoubleVector.broadcast(ComplexLanes.SPECIES, c[2]);
        final DoubleVector i1 = DoubleVector.fromArray(ComplexLanes.SPECIES, new double[] {-c[3], c[3], -c[3], c[3]}, 0);
        for (int g = from; g < to; g += 2) {
            int base = subspace.base(g) << 1;
            int ia = base + o0, ib = base + o1;
            DoubleVector a = DoubleVector.fromArray(ComplexLanes.SPECIES, s, ia);
            DoubleVector b = DoubleVector.fromArray(ComplexLanes.SPECIES, s, ib);
            a.mul(r0).add(a.rearrange(ComplexLanes.SWAP).mul(i0)).intoArray(s, ia);
            b.mul(r1).add(b.rearrange(ComplexLanes.SWAP).mul(i1)).intoArray(s, ib);
        }
    }
}
