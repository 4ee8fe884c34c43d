package io.qrun.engine.sim;

import jdk.incubator.vector.DoubleVector;

/**
 * The dense 4x4 kernel on 256-bit vectors: two groups per step (adjacent when qubit 0 is free),
 * 32 vector multiplies instead of 128 scalar ones. Each output is summed in the scalar kernel's
 * order (column 0 re, column 0 im, column 1 re, ...), so results are bitwise those of {@link
 * DenseTwoQubitKernel}, which also handles an odd group at either end of a range. With {@link
 * FusedMultiplyAdd#ENABLED} both kernels fuse each addition with its product: 4 multiplies and 28
 * fused multiply-adds per step instead of 32 multiplies and 28 adds.
 */
final class VectorDenseTwoQubitKernel extends PairedVectorKernel {

    private final int o1, o2, o3;   // doubles from a group's |00> to its |01>, |10>, |11>
    /** Per matrix entry (row-major) 8 doubles: its real part in four lanes, then (-im, im, -im, im). */
    private final double[] lanes;
    private final boolean fma;

    VectorDenseTwoQubitKernel(QubitSubspace subspace, int[] targets, double[] m) {
        this(subspace, targets, m, FusedMultiplyAdd.ENABLED);
    }

    VectorDenseTwoQubitKernel(QubitSubspace subspace, int[] targets, double[] m, boolean fma) {
        super(subspace, new DenseTwoQubitKernel(subspace, targets, m, fma));
        this.fma = fma;
        int[] off = targetOffsets(targets);
        o1 = off[1] << 1;
        o2 = off[2] << 1;
        o3 = off[3] << 1;
        lanes = ComplexLanes.coefficientLanes(m, 16);
    }


    @Override
    void applyPairs(double[] s, int from, int to) {
        if (subspace.fixedCount() == 2) {
            if (fma) {
                applyRunsFma(s, from, to);
            } else {
                applyRunsPlain(s, from, to);
            }
        } else if (fma) {
            applyPairsFma(s, from, to);
        } else {
            applyPairsPlain(s, from, to);
        }
    }

    private void applyPairsPlain(double[] s, int from, int to) {
        // The 32 coefficient vectors are loop invariants in locals: loading them inside the loop
        // (or summing a row in a helper) makes the loop body too large for C2 to inline the
        // Vector API calls, and the vectors are then boxed (measured: 3x slower than scalar).
        final double[] c = lanes;
        final DoubleVector r00 = lane(c, 0), i00 = lane(c, 4);
        final DoubleVector r01 = lane(c, 8), i01 = lane(c, 12);
        final DoubleVector r02 = lane(c, 16), i02 = lane(c, 20);
        final DoubleVector r03 = lane(c, 24), i03 = lane(c, 28);
        final DoubleVector r10 = lane(c, 32), i10 = lane(c, 36);
        final DoubleVector r11 = lane(c, 40), i11 = lane(c, 44);
        final DoubleVector r12 = lane(c, 48), i12 = lane(c, 52);
        final DoubleVector r13 = lane(c, 56), i13 = lane(c, 60);
        final DoubleVector r20 = lane(c, 64), i20 = lane(c, 68);
        final DoubleVector r21 = lane(c, 72), i21 = lane(c, 76);
        final DoubleVector r22 = lane(c, 80), i22 = lane(c, 84);
        final DoubleVector r23 = lane(c, 88), i23 = lane(c, 92);
        final DoubleVector r30 = lane(c, 96), i30 = lane(c, 100);
        final DoubleVector r31 = lane(c, 104), i31 = lane(c, 108);
        final DoubleVector r32 = lane(c, 112), i32 = lane(c, 116);
        final DoubleVector r33 = lane(c, 120), i33 = lane(c, 124);
        final int o1 = this.o1, o2 = this.o2, o3 = this.o3;
        // controlled ops (the uncontrolled ones walk runs: applyRunsPlain, applyRunsFma)
        for (int g = from; g < to; g += 2) {
            int i0 = subspace.base(g) << 1;
            int i1 = i0 + o1, i2 = i0 + o2, i3 = i0 + o3;
            DoubleVector a0 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i0);
            DoubleVector a1 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i1);
            DoubleVector a2 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i2);
            DoubleVector a3 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i3);
            DoubleVector a0s = a0.rearrange(ComplexLanes.SWAP);
            DoubleVector a1s = a1.rearrange(ComplexLanes.SWAP);
            DoubleVector a2s = a2.rearrange(ComplexLanes.SWAP);
            DoubleVector a3s = a3.rearrange(ComplexLanes.SWAP);
            // each output summed in the scalar kernel's order: column 0 re, column 0 im, column 1 re, ...
            a0.mul(r00).add(a0s.mul(i00)).add(a1.mul(r01)).add(a1s.mul(i01)).add(a2.mul(r02)).add(a2s.mul(i02)).add(a3.mul(r03)).add(a3s.mul(i03))
                    .intoArray(s, i0);
            a0.mul(r10).add(a0s.mul(i10)).add(a1.mul(r11)).add(a1s.mul(i11)).add(a2.mul(r12)).add(a2s.mul(i12)).add(a3.mul(r13)).add(a3s.mul(i13))
                    .intoArray(s, i1);
            a0.mul(r20).add(a0s.mul(i20)).add(a1.mul(r21)).add(a1s.mul(i21)).add(a2.mul(r22)).add(a2s.mul(i22)).add(a3.mul(r23)).add(a3s.mul(i23))
                    .intoArray(s, i2);
            a0.mul(r30).add(a0s.mul(i30)).add(a1.mul(r31)).add(a1s.mul(i31)).add(a2.mul(r32)).add(a2s.mul(i32)).add(a3.mul(r33)).add(a3s.mul(i33))
                    .intoArray(s, i3);
        }
    }

    private void applyRunsPlain(double[] s, int from, int to) {
        // the coefficients in locals, as in applyPairsPlain
        final double[] c = lanes;
        final DoubleVector r00 = lane(c, 0), i00 = lane(c, 4);
        final DoubleVector r01 = lane(c, 8), i01 = lane(c, 12);
        final DoubleVector r02 = lane(c, 16), i02 = lane(c, 20);
        final DoubleVector r03 = lane(c, 24), i03 = lane(c, 28);
        final DoubleVector r10 = lane(c, 32), i10 = lane(c, 36);
        final DoubleVector r11 = lane(c, 40), i11 = lane(c, 44);
        final DoubleVector r12 = lane(c, 48), i12 = lane(c, 52);
        final DoubleVector r13 = lane(c, 56), i13 = lane(c, 60);
        final DoubleVector r20 = lane(c, 64), i20 = lane(c, 68);
        final DoubleVector r21 = lane(c, 72), i21 = lane(c, 76);
        final DoubleVector r22 = lane(c, 80), i22 = lane(c, 84);
        final DoubleVector r23 = lane(c, 88), i23 = lane(c, 92);
        final DoubleVector r30 = lane(c, 96), i30 = lane(c, 100);
        final DoubleVector r31 = lane(c, 104), i31 = lane(c, 108);
        final DoubleVector r32 = lane(c, 112), i32 = lane(c, 116);
        final DoubleVector r33 = lane(c, 120), i33 = lane(c, 124);
        final int o1 = this.o1, o2 = this.o2, o3 = this.o3;
        final int lowA = Math.min(o1, o2) / 2 - 1;
        final int lowB = Math.max(o1, o2) / 2 - 1;
        // Without controls, groups below the next multiple of 2^(lower target) are contiguous
        // amplitudes: each such run is walked by an index counted from 0 (as in
        // VectorDenseOneQubitKernel) instead of two bit insertions per step.
        for (int g = from; g < to; ) {
            int runEnd = Math.min(to, (g | lowA) + 1);
            int b = ((g & ~lowA) << 1) | (g & lowA);
            final int base = (((b & ~lowB) << 1) | (b & lowB)) << 1;
            final int len = (runEnd - g) << 1;
            g = runEnd;
            for (int k = 0; k < len; k += 4) {
                int i0 = base + k;
                int i1 = i0 + o1, i2 = i0 + o2, i3 = i0 + o3;
                DoubleVector a0 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i0);
                DoubleVector a1 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i1);
                DoubleVector a2 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i2);
                DoubleVector a3 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i3);
                DoubleVector a0s = a0.rearrange(ComplexLanes.SWAP);
                DoubleVector a1s = a1.rearrange(ComplexLanes.SWAP);
                DoubleVector a2s = a2.rearrange(ComplexLanes.SWAP);
                DoubleVector a3s = a3.rearrange(ComplexLanes.SWAP);
                // each output summed in the scalar kernel's order: column 0 re, column 0 im, column 1 re, ...
                a0.mul(r00).add(a0s.mul(i00)).add(a1.mul(r01)).add(a1s.mul(i01)).add(a2.mul(r02)).add(a2s.mul(i02)).add(a3.mul(r03)).add(a3s.mul(i03))
                        .intoArray(s, i0);
                a0.mul(r10).add(a0s.mul(i10)).add(a1.mul(r11)).add(a1s.mul(i11)).add(a2.mul(r12)).add(a2s.mul(i12)).add(a3.mul(r13)).add(a3s.mul(i13))
                        .intoArray(s, i1);
                a0.mul(r20).add(a0s.mul(i20)).add(a1.mul(r21)).add(a1s.mul(i21)).add(a2.mul(r22)).add(a2s.mul(i22)).add(a3.mul(r23)).add(a3s.mul(i23))
                        .intoArray(s, i2);
                a0.mul(r30).add(a0s.mul(i30)).add(a1.mul(r31)).add(a1s.mul(i31)).add(a2.mul(r32)).add(a2s.mul(i32)).add(a3.mul(r33)).add(a3s.mul(i33))
                        .intoArray(s, i3);
            }
        }
    }

    private void applyPairsFma(double[] s, int from, int to) {
        // as applyPairsPlain, each add fused with the multiply before it (DoubleVector.fma is x * y + z)
        final double[] c = lanes;
        final DoubleVector r00 = lane(c, 0), i00 = lane(c, 4);
        final DoubleVector r01 = lane(c, 8), i01 = lane(c, 12);
        final DoubleVector r02 = lane(c, 16), i02 = lane(c, 20);
        final DoubleVector r03 = lane(c, 24), i03 = lane(c, 28);
        final DoubleVector r10 = lane(c, 32), i10 = lane(c, 36);
        final DoubleVector r11 = lane(c, 40), i11 = lane(c, 44);
        final DoubleVector r12 = lane(c, 48), i12 = lane(c, 52);
        final DoubleVector r13 = lane(c, 56), i13 = lane(c, 60);
        final DoubleVector r20 = lane(c, 64), i20 = lane(c, 68);
        final DoubleVector r21 = lane(c, 72), i21 = lane(c, 76);
        final DoubleVector r22 = lane(c, 80), i22 = lane(c, 84);
        final DoubleVector r23 = lane(c, 88), i23 = lane(c, 92);
        final DoubleVector r30 = lane(c, 96), i30 = lane(c, 100);
        final DoubleVector r31 = lane(c, 104), i31 = lane(c, 108);
        final DoubleVector r32 = lane(c, 112), i32 = lane(c, 116);
        final DoubleVector r33 = lane(c, 120), i33 = lane(c, 124);
        final int o1 = this.o1, o2 = this.o2, o3 = this.o3;
        // controlled ops (the uncontrolled ones walk runs: applyRunsPlain, applyRunsFma)
        for (int g = from; g < to; g += 2) {
            int i0 = subspace.base(g) << 1;
            int i1 = i0 + o1, i2 = i0 + o2, i3 = i0 + o3;
            DoubleVector a0 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i0);
            DoubleVector a1 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i1);
            DoubleVector a2 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i2);
            DoubleVector a3 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i3);
            DoubleVector a0s = a0.rearrange(ComplexLanes.SWAP);
            DoubleVector a1s = a1.rearrange(ComplexLanes.SWAP);
            DoubleVector a2s = a2.rearrange(ComplexLanes.SWAP);
            DoubleVector a3s = a3.rearrange(ComplexLanes.SWAP);
            // each output summed in the scalar kernel's order: column 0 re, column 0 im, column 1 re, ...
            a3s.fma(i03, a3.fma(r03, a2s.fma(i02, a2.fma(r02, a1s.fma(i01, a1.fma(r01, a0s.fma(i00, a0.mul(r00))))))))
                    .intoArray(s, i0);
            a3s.fma(i13, a3.fma(r13, a2s.fma(i12, a2.fma(r12, a1s.fma(i11, a1.fma(r11, a0s.fma(i10, a0.mul(r10))))))))
                    .intoArray(s, i1);
            a3s.fma(i23, a3.fma(r23, a2s.fma(i22, a2.fma(r22, a1s.fma(i21, a1.fma(r21, a0s.fma(i20, a0.mul(r20))))))))
                    .intoArray(s, i2);
            a3s.fma(i33, a3.fma(r33, a2s.fma(i32, a2.fma(r32, a1s.fma(i31, a1.fma(r31, a0s.fma(i30, a0.mul(r30))))))))
                    .intoArray(s, i3);
        }
    }

    private void applyRunsFma(double[] s, int from, int to) {
        // as applyRunsPlain, each add fused with the multiply before it (DoubleVector.fma is x * y + z)
        final double[] c = lanes;
        final DoubleVector r00 = lane(c, 0), i00 = lane(c, 4);
        final DoubleVector r01 = lane(c, 8), i01 = lane(c, 12);
        final DoubleVector r02 = lane(c, 16), i02 = lane(c, 20);
        final DoubleVector r03 = lane(c, 24), i03 = lane(c, 28);
        final DoubleVector r10 = lane(c, 32), i10 = lane(c, 36);
        final DoubleVector r11 = lane(c, 40), i11 = lane(c, 44);
        final DoubleVector r12 = lane(c, 48), i12 = lane(c, 52);
        final DoubleVector r13 = lane(c, 56), i13 = lane(c, 60);
        final DoubleVector r20 = lane(c, 64), i20 = lane(c, 68);
        final DoubleVector r21 = lane(c, 72), i21 = lane(c, 76);
        final DoubleVector r22 = lane(c, 80), i22 = lane(c, 84);
        final DoubleVector r23 = lane(c, 88), i23 = lane(c, 92);
        final DoubleVector r30 = lane(c, 96), i30 = lane(c, 100);
        final DoubleVector r31 = lane(c, 104), i31 = lane(c, 108);
        final DoubleVector r32 = lane(c, 112), i32 = lane(c, 116);
        final DoubleVector r33 = lane(c, 120), i33 = lane(c, 124);
        final int o1 = this.o1, o2 = this.o2, o3 = this.o3;
        final int lowA = Math.min(o1, o2) / 2 - 1;
        final int lowB = Math.max(o1, o2) / 2 - 1;
        // Without controls, groups below the next multiple of 2^(lower target) are contiguous
        // amplitudes: each such run is walked by an index counted from 0 (as in
        // VectorDenseOneQubitKernel) instead of two bit insertions per step.
        for (int g = from; g < to; ) {
            int runEnd = Math.min(to, (g | lowA) + 1);
            int b = ((g & ~lowA) << 1) | (g & lowA);
            final int base = (((b & ~lowB) << 1) | (b & lowB)) << 1;
            final int len = (runEnd - g) << 1;
            g = runEnd;
            for (int k = 0; k < len; k += 4) {
                int i0 = base + k;
                int i1 = i0 + o1, i2 = i0 + o2, i3 = i0 + o3;
                DoubleVector a0 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i0);
                DoubleVector a1 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i1);
                DoubleVector a2 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i2);
                DoubleVector a3 = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i3);
                DoubleVector a0s = a0.rearrange(ComplexLanes.SWAP);
                DoubleVector a1s = a1.rearrange(ComplexLanes.SWAP);
                DoubleVector a2s = a2.rearrange(ComplexLanes.SWAP);
                DoubleVector a3s = a3.rearrange(ComplexLanes.SWAP);
                // each output summed in the scalar kernel's order: column 0 re, column 0 im, column 1 re, ...
                a3s.fma(i03, a3.fma(r03, a2s.fma(i02, a2.fma(r02, a1s.fma(i01, a1.fma(r01, a0s.fma(i00, a0.mul(r00))))))))
                        .intoArray(s, i0);
                a3s.fma(i13, a3.fma(r13, a2s.fma(i12, a2.fma(r12, a1s.fma(i11, a1.fma(r11, a0s.fma(i10, a0.mul(r10))))))))
                        .intoArray(s, i1);
                a3s.fma(i23, a3.fma(r23, a2s.fma(i22, a2.fma(r22, a1s.fma(i21, a1.fma(r21, a0s.fma(i20, a0.mul(r20))))))))
                        .intoArray(s, i2);
                a3s.fma(i33, a3.fma(r33, a2s.fma(i32, a2.fma(r32, a1s.fma(i31, a1.fma(r31, a0s.fma(i30, a0.mul(r30))))))))
                        .intoArray(s, i3);
            }
        }
    }

    private static DoubleVector lane(double[] c, int offset) {
        return DoubleVector.fromArray(ComplexLanes.SPECIES, c, offset);
    }
}
