package io.qrun.engine.sim;

import jdk.incubator.vector.DoubleVector;

/**
 * The dense 2x2 kernel on 256-bit vectors: two groups per step (their amplitudes are adjacent when
 * qubit 0 is free, {@link QubitSubspace#adjacentPairs()}), eight vector multiplies instead of 32
 * scalar ones. An odd group at either end of a range goes to the scalar kernel, whose arithmetic
 * is the same (see {@link ComplexLanes}).
 */
final class VectorDenseOneQubitKernel extends PairedVectorKernel {

    private final int stride2;   // doubles between a group's |0> and |1> amplitude
    /**
     * The matrix (m00r, m00i, m01r, ..., m11i): the uncontrolled loop builds its coefficient
     * vectors from these scalars in its own body, a broadcast for each real part and a new
     * 4-element array for each (-im, im, -im, im). Made by ComplexLanes' shared helpers (or by a
     * helper of this class), or loaded from an array of lanes, C2 left them boxed and read each
     * through its box on every step (seen in the compiled code): 20-24 % more time in cache, one
     * thread, side by side in one JVM; the controlled loop, made the same way, 35-40 % less time
     * than with its lane array. The choice is fragile: A/B any change to how these vectors are
     * made.
     */
    private final double[] m;

    VectorDenseOneQubitKernel(QubitSubspace subspace, int target, double[] m) {
        super(subspace, new DenseOneQubitKernel(subspace, target, m));
        this.stride2 = 2 << target;
        this.m = java.util.Arrays.copyOf(m, 8);
    }

    @Override
    void applyPairs(double[] s, int from, int to) {
        if (subspace.fixedCount() != 1) {
            applyControlled(s, from, to);
            return;
        }
        // no controls
        final int low = (stride2 >> 1) - 1;
        final int stride2 = this.stride2;
        final double[] m = this.m;
        final DoubleVector c00r = DoubleVector.broadcast(ComplexLanes.SPECIES, m[0]);
        final DoubleVector c00i = DoubleVector.fromArray(ComplexLanes.SPECIES, new double[] {-m[1], m[1], -m[1], m[1]}, 0);
        final DoubleVector c01r = DoubleVector.broadcast(ComplexLanes.SPECIES, m[2]);
        final DoubleVector c01i = DoubleVector.fromArray(ComplexLanes.SPECIES, new double[] {-m[3], m[3], -m[3], m[3]}, 0);
        final DoubleVector c10r = DoubleVector.broadcast(ComplexLanes.SPECIES, m[4]);
        final DoubleVector c10i = DoubleVector.fromArray(ComplexLanes.SPECIES, new double[] {-m[5], m[5], -m[5], m[5]}, 0);
        final DoubleVector c11r = DoubleVector.broadcast(ComplexLanes.SPECIES, m[6]);
        final DoubleVector c11i = DoubleVector.fromArray(ComplexLanes.SPECIES, new double[] {-m[7], m[7], -m[7], m[7]}, 0);
        // Groups below the next multiple of 2^target are contiguous amplitudes: walk each such run
        // with an index counted from the run's start instead of inserting the target bit for
        // every pair.
        for (int g = from; g < to; ) {
            int runEnd = Math.min(to, (g | low) + 1);
            int base = (((g & ~low) << 1) | (g & low)) << 1;
            int iEnd = base + ((runEnd - g) << 1);
            g = runEnd;
            final int len = iEnd - base;
            for (int k = 0; k < len; k += 4) {
                int i0 = base + k, i1 = i0 + stride2;
                DoubleVector a0 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i0);
                DoubleVector a1 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i1);
                DoubleVector a0s = a0.rearrange(ComplexLanes.SWAP);
                DoubleVector a1s = a1.rearrange(ComplexLanes.SWAP);
                a0.mul(c00r).add(a0s.mul(c00i)).add(a1.mul(c01r)).add(a1s.mul(c01i)).intoArray(s, i0);
                a0.mul(c10r).add(a0s.mul(c10i)).add(a1.mul(c11r)).add(a1s.mul(c11i)).intoArray(s, i1);
            }
        }
    }

    private void applyControlled(double[] s, int from, int to) {
        final int stride2 = this.stride2;
        // the coefficient vectors made here, as in applyPairs
        final double[] m = this.m;
        final DoubleVector c00r = DoubleVector.broadcast(ComplexLanes.SPECIES, m[0]);
        final DoubleVector c00i = DoubleVector.fromArray(ComplexLanes.SPECIES, new double[] {-m[1], m[1], -m[1], m[1]}, 0);
        final DoubleVector c01r = DoubleVector.broadcast(ComplexLanes.SPECIES, m[2]);
        final DoubleVector c01i = DoubleVector.fromArray(ComplexLanes.SPECIES, new double[] {-m[3], m[3], -m[3], m[3]}, 0);
        final DoubleVector c10r = DoubleVector.broadcast(ComplexLanes.SPECIES, m[4]);
        final DoubleVector c10i = DoubleVector.fromArray(ComplexLanes.SPECIES, new double[] {-m[5], m[5], -m[5], m[5]}, 0);
        final DoubleVector c11r = DoubleVector.broadcast(ComplexLanes.SPECIES, m[6]);
        final DoubleVector c11i = DoubleVector.fromArray(ComplexLanes.SPECIES, new double[] {-m[7], m[7], -m[7], m[7]}, 0);
        for (int g = from; g < to; g += 2) {
            int i0 = subspace.base(g) << 1;
            int i1 = i0 + stride2;
            DoubleVector a0 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i0);
            DoubleVector a1 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i1);
            DoubleVector a0s = a0.rearrange(ComplexLanes.SWAP);
            DoubleVector a1s = a1.rearrange(ComplexLanes.SWAP);
            a0.mul(c00r).add(a0s.mul(c00i)).add(a1.mul(c01r)).add(a1s.mul(c01i)).intoArray(s, i0);
            a0.mul(c10r).add(a0s.mul(c10i)).add(a1.mul(c11r)).add(a1s.mul(c11i)).intoArray(s, i1);
        }
    }
}
