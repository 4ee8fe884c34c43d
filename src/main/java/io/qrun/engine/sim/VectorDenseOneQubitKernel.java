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
    private final double m00r, m00i, m01r, m01i, m10r, m10i, m11r, m11i;

    VectorDenseOneQubitKernel(QubitSubspace subspace, int target, double[] m) {
        super(subspace, new DenseOneQubitKernel(subspace, target, m));
        this.stride2 = 2 << target;
        m00r = m[0]; m00i = m[1]; m01r = m[2]; m01i = m[3];
        m10r = m[4]; m10i = m[5]; m11r = m[6]; m11i = m[7];
    }

    @Override
    void applyPairs(double[] s, int from, int to) {
        if (subspace.fixedCount() == 1) {
            applyUncontrolled(s, from, to);
        } else {
            applyControlled(s, from, to);
        }
    }

    private void applyUncontrolled(double[] s, int from, int to) {
        final int low = (stride2 >> 1) - 1;
        final int stride2 = this.stride2;
        final DoubleVector c00r = ComplexLanes.re(m00r), c00i = ComplexLanes.signedIm(m00i);
        final DoubleVector c01r = ComplexLanes.re(m01r), c01i = ComplexLanes.signedIm(m01i);
        final DoubleVector c10r = ComplexLanes.re(m10r), c10i = ComplexLanes.signedIm(m10i);
        final DoubleVector c11r = ComplexLanes.re(m11r), c11i = ComplexLanes.signedIm(m11i);
        // Groups below the next multiple of 2^target are contiguous amplitudes: walk each such run
        // with a plain index instead of inserting the target bit for every pair.
        for (int g = from; g < to; ) {
            int runEnd = Math.min(to, (g | low) + 1);
            int i0 = (((g & ~low) << 1) | (g & low)) << 1;
            int iEnd = i0 + ((runEnd - g) << 1);
            g = runEnd;
            for (; i0 < iEnd; i0 += 4) {
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

    private void applyControlled(double[] s, int from, int to) {
        final int stride2 = this.stride2;
        final DoubleVector c00r = ComplexLanes.re(m00r), c00i = ComplexLanes.signedIm(m00i);
        final DoubleVector c01r = ComplexLanes.re(m01r), c01i = ComplexLanes.signedIm(m01i);
        final DoubleVector c10r = ComplexLanes.re(m10r), c10i = ComplexLanes.signedIm(m10i);
        final DoubleVector c11r = ComplexLanes.re(m11r), c11i = ComplexLanes.signedIm(m11i);
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
