package io.qrun.engine.sim;

/**
 * A dense 4x4 matrix on two targets, the matrix held in locals for the whole range. Each output
 * part is the product with column 0 plus the seven other products added in column order (re, im
 * of column 0, then column 1, ...); with {@code fma} those seven are fused multiply-adds ({@link
 * FusedMultiplyAdd}), which {@link VectorDenseTwoQubitKernel} does in the same order.
 */
final class DenseTwoQubitKernel extends GateKernel {

    private final int o1, o2, o3;
    private final double[] m;
    private final boolean fma;

    DenseTwoQubitKernel(QubitSubspace subspace, int[] targets, double[] matrix) {
        this(subspace, targets, matrix, FusedMultiplyAdd.ENABLED);
    }

    DenseTwoQubitKernel(QubitSubspace subspace, int[] targets, double[] matrix, boolean fma) {
        super(subspace);
        this.fma = fma;
        int[] off = targetOffsets(targets);
        o1 = off[1] << 1;
        o2 = off[2] << 1;
        o3 = off[3] << 1;
        m = matrix.clone();
    }

    boolean fma() {
        return fma;
    }

    @Override
    void apply(double[] s, int from, int to) {
        if (fma) {
            applyFma(s, from, to);
        } else {
            applyPlain(s, from, to);
        }
    }

    private void applyPlain(double[] s, int from, int to) {
        // The matrix in locals: loads from an array inside the loop could not be hoisted, since
        // the stores into the (also double[]) state might alias it.
        final double[] m = this.m;
        final double m0 = m[0];
        final double m1 = m[1];
        final double m2 = m[2];
        final double m3 = m[3];
        final double m4 = m[4];
        final double m5 = m[5];
        final double m6 = m[6];
        final double m7 = m[7];
        final double m8 = m[8];
        final double m9 = m[9];
        final double m10 = m[10];
        final double m11 = m[11];
        final double m12 = m[12];
        final double m13 = m[13];
        final double m14 = m[14];
        final double m15 = m[15];
        final double m16 = m[16];
        final double m17 = m[17];
        final double m18 = m[18];
        final double m19 = m[19];
        final double m20 = m[20];
        final double m21 = m[21];
        final double m22 = m[22];
        final double m23 = m[23];
        final double m24 = m[24];
        final double m25 = m[25];
        final double m26 = m[26];
        final double m27 = m[27];
        final double m28 = m[28];
        final double m29 = m[29];
        final double m30 = m[30];
        final double m31 = m[31];
        final int o1 = this.o1, o2 = this.o2, o3 = this.o3;
        // without controls the two bit insertions are written out (no dispatch per group)
        final boolean uncontrolled = subspace.fixedCount() == 2;
        final int lowA = Math.min(o1, o2) / 2 - 1;
        final int lowB = Math.max(o1, o2) / 2 - 1;
        for (int g = from; g < to; g++) {
            int i0;
            if (uncontrolled) {
                int b = ((g & ~lowA) << 1) | (g & lowA);
                i0 = (((b & ~lowB) << 1) | (b & lowB)) << 1;
            } else {
                i0 = subspace.base(g) << 1;
            }
            int i1 = i0 + o1, i2 = i0 + o2, i3 = i0 + o3;
            double a0r = s[i0], a0i = s[i0 + 1];
            double a1r = s[i1], a1i = s[i1 + 1];
            double a2r = s[i2], a2i = s[i2 + 1];
            double a3r = s[i3], a3i = s[i3 + 1];
            s[i0] = m0 * a0r - m1 * a0i + m2 * a1r - m3 * a1i
                    + m4 * a2r - m5 * a2i + m6 * a3r - m7 * a3i;
            s[i0 + 1] = m0 * a0i + m1 * a0r + m2 * a1i + m3 * a1r
                    + m4 * a2i + m5 * a2r + m6 * a3i + m7 * a3r;
            s[i1] = m8 * a0r - m9 * a0i + m10 * a1r - m11 * a1i
                    + m12 * a2r - m13 * a2i + m14 * a3r - m15 * a3i;
            s[i1 + 1] = m8 * a0i + m9 * a0r + m10 * a1i + m11 * a1r
                    + m12 * a2i + m13 * a2r + m14 * a3i + m15 * a3r;
            s[i2] = m16 * a0r - m17 * a0i + m18 * a1r - m19 * a1i
                    + m20 * a2r - m21 * a2i + m22 * a3r - m23 * a3i;
            s[i2 + 1] = m16 * a0i + m17 * a0r + m18 * a1i + m19 * a1r
                    + m20 * a2i + m21 * a2r + m22 * a3i + m23 * a3r;
            s[i3] = m24 * a0r - m25 * a0i + m26 * a1r - m27 * a1i
                    + m28 * a2r - m29 * a2i + m30 * a3r - m31 * a3i;
            s[i3 + 1] = m24 * a0i + m25 * a0r + m26 * a1i + m27 * a1r
                    + m28 * a2i + m29 * a2r + m30 * a3i + m31 * a3r;
        }
    }

    /** The same sums as {@link #applyPlain}, each addition fused with its product. */
    private void applyFma(double[] s, int from, int to) {
        final double[] m = this.m;
        final double m0 = m[0];
        final double m1 = m[1], n1 = -m[1];
        final double m2 = m[2];
        final double m3 = m[3], n3 = -m[3];
        final double m4 = m[4];
        final double m5 = m[5], n5 = -m[5];
        final double m6 = m[6];
        final double m7 = m[7], n7 = -m[7];
        final double m8 = m[8];
        final double m9 = m[9], n9 = -m[9];
        final double m10 = m[10];
        final double m11 = m[11], n11 = -m[11];
        final double m12 = m[12];
        final double m13 = m[13], n13 = -m[13];
        final double m14 = m[14];
        final double m15 = m[15], n15 = -m[15];
        final double m16 = m[16];
        final double m17 = m[17], n17 = -m[17];
        final double m18 = m[18];
        final double m19 = m[19], n19 = -m[19];
        final double m20 = m[20];
        final double m21 = m[21], n21 = -m[21];
        final double m22 = m[22];
        final double m23 = m[23], n23 = -m[23];
        final double m24 = m[24];
        final double m25 = m[25], n25 = -m[25];
        final double m26 = m[26];
        final double m27 = m[27], n27 = -m[27];
        final double m28 = m[28];
        final double m29 = m[29], n29 = -m[29];
        final double m30 = m[30];
        final double m31 = m[31], n31 = -m[31];
        final int o1 = this.o1, o2 = this.o2, o3 = this.o3;
        final boolean uncontrolled = subspace.fixedCount() == 2;
        final int lowA = Math.min(o1, o2) / 2 - 1;
        final int lowB = Math.max(o1, o2) / 2 - 1;
        for (int g = from; g < to; g++) {
            int i0;
            if (uncontrolled) {
                int b = ((g & ~lowA) << 1) | (g & lowA);
                i0 = (((b & ~lowB) << 1) | (b & lowB)) << 1;
            } else {
                i0 = subspace.base(g) << 1;
            }
            int i1 = i0 + o1, i2 = i0 + o2, i3 = i0 + o3;
            double a0r = s[i0], a0i = s[i0 + 1];
            double a1r = s[i1], a1i = s[i1 + 1];
            double a2r = s[i2], a2i = s[i2 + 1];
            double a3r = s[i3], a3i = s[i3 + 1];
            double r0 = m0 * a0r, j0 = m0 * a0i;
            r0 = Math.fma(n1, a0i, r0);
            j0 = Math.fma(m1, a0r, j0);
            r0 = Math.fma(m2, a1r, r0);
            j0 = Math.fma(m2, a1i, j0);
            r0 = Math.fma(n3, a1i, r0);
            j0 = Math.fma(m3, a1r, j0);
            r0 = Math.fma(m4, a2r, r0);
            j0 = Math.fma(m4, a2i, j0);
            r0 = Math.fma(n5, a2i, r0);
            j0 = Math.fma(m5, a2r, j0);
            r0 = Math.fma(m6, a3r, r0);
            j0 = Math.fma(m6, a3i, j0);
            r0 = Math.fma(n7, a3i, r0);
            j0 = Math.fma(m7, a3r, j0);
            s[i0] = r0;
            s[i0 + 1] = j0;
            double r1 = m8 * a0r, j1 = m8 * a0i;
            r1 = Math.fma(n9, a0i, r1);
            j1 = Math.fma(m9, a0r, j1);
            r1 = Math.fma(m10, a1r, r1);
            j1 = Math.fma(m10, a1i, j1);
            r1 = Math.fma(n11, a1i, r1);
            j1 = Math.fma(m11, a1r, j1);
            r1 = Math.fma(m12, a2r, r1);
            j1 = Math.fma(m12, a2i, j1);
            r1 = Math.fma(n13, a2i, r1);
            j1 = Math.fma(m13, a2r, j1);
            r1 = Math.fma(m14, a3r, r1);
            j1 = Math.fma(m14, a3i, j1);
            r1 = Math.fma(n15, a3i, r1);
            j1 = Math.fma(m15, a3r, j1);
            s[i1] = r1;
            s[i1 + 1] = j1;
            double r2 = m16 * a0r, j2 = m16 * a0i;
            r2 = Math.fma(n17, a0i, r2);
            j2 = Math.fma(m17, a0r, j2);
            r2 = Math.fma(m18, a1r, r2);
            j2 = Math.fma(m18, a1i, j2);
            r2 = Math.fma(n19, a1i, r2);
            j2 = Math.fma(m19, a1r, j2);
            r2 = Math.fma(m20, a2r, r2);
            j2 = Math.fma(m20, a2i, j2);
            r2 = Math.fma(n21, a2i, r2);
            j2 = Math.fma(m21, a2r, j2);
            r2 = Math.fma(m22, a3r, r2);
            j2 = Math.fma(m22, a3i, j2);
            r2 = Math.fma(n23, a3i, r2);
            j2 = Math.fma(m23, a3r, j2);
            s[i2] = r2;
            s[i2 + 1] = j2;
            double r3 = m24 * a0r, j3 = m24 * a0i;
            r3 = Math.fma(n25, a0i, r3);
            j3 = Math.fma(m25, a0r, j3);
            r3 = Math.fma(m26, a1r, r3);
            j3 = Math.fma(m26, a1i, j3);
            r3 = Math.fma(n27, a1i, r3);
            j3 = Math.fma(m27, a1r, j3);
            r3 = Math.fma(m28, a2r, r3);
            j3 = Math.fma(m28, a2i, j3);
            r3 = Math.fma(n29, a2i, r3);
            j3 = Math.fma(m29, a2r, j3);
            r3 = Math.fma(m30, a3r, r3);
            j3 = Math.fma(m30, a3i, j3);
            r3 = Math.fma(n31, a3i, r3);
            j3 = Math.fma(m31, a3r, j3);
            s[i3] = r3;
            s[i3 + 1] = j3;
        }
    }
}
