package io.qrun.engine.sim;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShuffle;

/**
 * A dense 2x2 on qubit 0, or a dense 4x4 with qubit 0 as one of its targets, on 256-bit vectors:
 * one group per step. Qubit 0 keeps a group's amplitudes with that bit 0 and 1 side by side, so
 * one vector holds two of them, (a_c, a_c'), and two of the group's outputs are computed in one
 * vector: each input amplitude is broadcast to both halves (and swapped, for the imaginary part
 * of the product) and multiplied by the two rows' entries. Lane by lane those are the products and
 * sums of {@link DenseOneQubitKernel} and {@link DenseTwoQubitKernel} in their order (column 0
 * re, column 0 im, column 1 re, ...; the 4x4 with fused multiply-adds when {@link
 * FusedMultiplyAdd#ENABLED}), so results are bitwise theirs. These are the ops the paired kernels
 * cannot take (they need qubit 0 free); fused circuits have one on every layer.
 */
final class VectorQubitZeroKernel extends GateKernel {

    private static final VectorShuffle<Double> LOW = VectorShuffle.fromValues(ComplexLanes.SPECIES, 0, 1, 0, 1);
    private static final VectorShuffle<Double> LOW_SWAPPED = VectorShuffle.fromValues(ComplexLanes.SPECIES, 1, 0, 1, 0);
    private static final VectorShuffle<Double> HIGH = VectorShuffle.fromValues(ComplexLanes.SPECIES, 2, 3, 2, 3);
    private static final VectorShuffle<Double> HIGH_SWAPPED = VectorShuffle.fromValues(ComplexLanes.SPECIES, 3, 2, 3, 2);

    private final boolean two;
    private final boolean fma;
    /** Doubles from a group's base to its second vector (the other target's 1), 4x4 only. */
    private final int otherOffset;
    /**
     * Per output vector v (0, and 1 for the 4x4) and matrix column c, 8 doubles: the real parts
     * of rows r and r' (each twice), then (-im, im) of row r and of row r'.
     */
    private final double[] lanes;
    /** Per column: which input vector (0 or 1) and whether it is that vector's high half. */
    private final int[] columnVector;
    private final boolean[] columnHigh;

    /** The 2x2 on qubit 0. */
    VectorQubitZeroKernel(QubitSubspace subspace, double[] m) {
        super(subspace);
        two = false;
        fma = false;
        otherOffset = 0;
        columnVector = new int[] {0, 0};
        columnHigh = new boolean[] {false, true};
        lanes = new double[2 * 8];
        for (int c = 0; c < 2; c++) {
            fill(lanes, 8 * c, m, 2, 0, 1, c);
        }
    }

    /** The 4x4 on {@code targets}, one of them qubit 0. */
    VectorQubitZeroKernel(QubitSubspace subspace, int[] targets, double[] m, boolean fma) {
        super(subspace);
        if (targets[0] != 0 && targets[1] != 0) {
            throw new IllegalArgumentException("qubit 0 is not a target");
        }
        two = true;
        this.fma = fma;
        int bit = targets[0] == 0 ? 1 : 2;          // the matrix index bit of qubit 0
        int other = 3 - bit;                         // the matrix index bit of the other target
        otherOffset = 2 << (targets[0] == 0 ? targets[1] : targets[0]);
        columnVector = new int[4];
        columnHigh = new boolean[4];
        for (int c = 0; c < 4; c++) {
            columnVector[c] = (c & other) != 0 ? 1 : 0;
            columnHigh[c] = (c & bit) != 0;
        }
        lanes = new double[2 * 4 * 8];
        for (int v = 0; v < 2; v++) {
            int r = v == 0 ? 0 : other;
            for (int c = 0; c < 4; c++) {
                fill(lanes, 8 * (4 * v + c), m, 4, r, r | bit, c);
            }
        }
    }

    private static void fill(double[] lanes, int at, double[] m, int dim, int r0, int r1, int c) {
        double re0 = m[2 * (r0 * dim + c)], im0 = m[2 * (r0 * dim + c) + 1];
        double re1 = m[2 * (r1 * dim + c)], im1 = m[2 * (r1 * dim + c) + 1];
        double[] v = {re0, re0, re1, re1, -im0, im0, -im1, im1};
        System.arraycopy(v, 0, lanes, at, 8);
    }

    @Override
    void apply(double[] s, int from, int to) {
        if (!two) {
            applyOne(s, from, to);
        } else if (fma) {
            applyTwoFma(s, from, to);
        } else {
            applyTwoPlain(s, from, to);
        }
    }

    private void applyOne(double[] s, int from, int to) {
        final DoubleVector r0 = lane(0), i0 = lane(4), r1 = lane(8), i1 = lane(12);
        for (int g = from; g < to; g++) {
            int i = subspace.base(g) << 1;
            DoubleVector a = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i);
            a.rearrange(LOW).mul(r0).add(a.rearrange(LOW_SWAPPED).mul(i0))
                    .add(a.rearrange(HIGH).mul(r1)).add(a.rearrange(HIGH_SWAPPED).mul(i1))
                    .intoArray(s, i);
        }
    }

    private void applyTwoPlain(double[] s, int from, int to) {
        final DoubleVector r00 = lane(0), i00 = lane(4), r01 = lane(8), i01 = lane(12);
        final DoubleVector r02 = lane(16), i02 = lane(20), r03 = lane(24), i03 = lane(28);
        final DoubleVector r10 = lane(32), i10 = lane(36), r11 = lane(40), i11 = lane(44);
        final DoubleVector r12 = lane(48), i12 = lane(52), r13 = lane(56), i13 = lane(60);
        final int other = otherOffset;
        final VectorShuffle<Double> p0 = pick(0, false), p0s = pick(0, true), p1 = pick(1, false), p1s = pick(1, true);
        final VectorShuffle<Double> p2 = pick(2, false), p2s = pick(2, true), p3 = pick(3, false), p3s = pick(3, true);
        final boolean w0 = columnVector[0] == 1, w1 = columnVector[1] == 1;
        final boolean w2 = columnVector[2] == 1, w3 = columnVector[3] == 1;
        for (int g = from; g < to; g++) {
            int i = subspace.base(g) << 1;
            int j = i + other;
            DoubleVector v = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i);
            DoubleVector w = DoubleVector.fromArray(ComplexLanes.SPECIES, s, j);
            DoubleVector b0 = (w0 ? w : v).rearrange(p0), b0s = (w0 ? w : v).rearrange(p0s);
            DoubleVector b1 = (w1 ? w : v).rearrange(p1), b1s = (w1 ? w : v).rearrange(p1s);
            DoubleVector b2 = (w2 ? w : v).rearrange(p2), b2s = (w2 ? w : v).rearrange(p2s);
            DoubleVector b3 = (w3 ? w : v).rearrange(p3), b3s = (w3 ? w : v).rearrange(p3s);
            b0.mul(r00).add(b0s.mul(i00)).add(b1.mul(r01)).add(b1s.mul(i01))
                    .add(b2.mul(r02)).add(b2s.mul(i02)).add(b3.mul(r03)).add(b3s.mul(i03)).intoArray(s, i);
            b0.mul(r10).add(b0s.mul(i10)).add(b1.mul(r11)).add(b1s.mul(i11))
                    .add(b2.mul(r12)).add(b2s.mul(i12)).add(b3.mul(r13)).add(b3s.mul(i13)).intoArray(s, j);
        }
    }

    /** As {@link #applyTwoPlain}, each add fused with the multiply before it (x.fma(y, z) = x * y + z). */
    private void applyTwoFma(double[] s, int from, int to) {
        final DoubleVector r00 = lane(0), i00 = lane(4), r01 = lane(8), i01 = lane(12);
        final DoubleVector r02 = lane(16), i02 = lane(20), r03 = lane(24), i03 = lane(28);
        final DoubleVector r10 = lane(32), i10 = lane(36), r11 = lane(40), i11 = lane(44);
        final DoubleVector r12 = lane(48), i12 = lane(52), r13 = lane(56), i13 = lane(60);
        final int other = otherOffset;
        final VectorShuffle<Double> p0 = pick(0, false), p0s = pick(0, true), p1 = pick(1, false), p1s = pick(1, true);
        final VectorShuffle<Double> p2 = pick(2, false), p2s = pick(2, true), p3 = pick(3, false), p3s = pick(3, true);
        final boolean w0 = columnVector[0] == 1, w1 = columnVector[1] == 1;
        final boolean w2 = columnVector[2] == 1, w3 = columnVector[3] == 1;
        for (int g = from; g < to; g++) {
            int i = subspace.base(g) << 1;
            int j = i + other;
            DoubleVector v = DoubleVector.fromArray(ComplexLanes.SPECIES, s, i);
            DoubleVector w = DoubleVector.fromArray(ComplexLanes.SPECIES, s, j);
            DoubleVector b0 = (w0 ? w : v).rearrange(p0), b0s = (w0 ? w : v).rearrange(p0s);
            DoubleVector b1 = (w1 ? w : v).rearrange(p1), b1s = (w1 ? w : v).rearrange(p1s);
            DoubleVector b2 = (w2 ? w : v).rearrange(p2), b2s = (w2 ? w : v).rearrange(p2s);
            DoubleVector b3 = (w3 ? w : v).rearrange(p3), b3s = (w3 ? w : v).rearrange(p3s);
            b3s.fma(i03, b3.fma(r03, b2s.fma(i02, b2.fma(r02, b1s.fma(i01, b1.fma(r01, b0s.fma(i00, b0.mul(r00))))))))
                    .intoArray(s, i);
            b3s.fma(i13, b3.fma(r13, b2s.fma(i12, b2.fma(r12, b1s.fma(i11, b1.fma(r11, b0s.fma(i10, b0.mul(r10))))))))
                    .intoArray(s, j);
        }
    }

    /** The shuffle that broadcasts column c's amplitude (swapped: its (im, re)) to both halves. */
    private VectorShuffle<Double> pick(int c, boolean swapped) {
        return columnHigh[c] ? (swapped ? HIGH_SWAPPED : HIGH) : (swapped ? LOW_SWAPPED : LOW);
    }

    private DoubleVector lane(int offset) {
        return DoubleVector.fromArray(ComplexLanes.SPECIES, lanes, offset);
    }
}
