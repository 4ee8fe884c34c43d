package io.qrun.engine.sim;

/** A dense 4x4 matrix on two targets, the matrix held in locals for the whole range. */
final class DenseTwoQubitKernel extends GateKernel {

    private final int o1, o2, o3;
    private final double[] m;

    DenseTwoQubitKernel(QubitSubspace subspace, int[] targets, double[] matrix) {
        super(subspace);
        int[] off = targetOffsets(targets);
        o1 = off[1] << 1;
        o2 = off[2] << 1;
        o3 = off[3] << 1;
        m = matrix.clone();
    }

    @Override
    void apply(double[] s, int from, int to) {
        final double[] m = this.m;
        final int o1 = this.o1, o2 = this.o2, o3 = this.o3;
        for (int g = from; g < to; g++) {
            int i0 = subspace.base(g) << 1;
            int i1 = i0 + o1, i2 = i0 + o2, i3 = i0 + o3;
            double a0r = s[i0], a0i = s[i0 + 1];
            double a1r = s[i1], a1i = s[i1 + 1];
            double a2r = s[i2], a2i = s[i2 + 1];
            double a3r = s[i3], a3i = s[i3 + 1];
            // rows written out: a loop over rows with a computed output index defeats the JIT
            s[i0] = m[0] * a0r - m[1] * a0i + m[2] * a1r - m[3] * a1i
                    + m[4] * a2r - m[5] * a2i + m[6] * a3r - m[7] * a3i;
            s[i0 + 1] = m[0] * a0i + m[1] * a0r + m[2] * a1i + m[3] * a1r
                    + m[4] * a2i + m[5] * a2r + m[6] * a3i + m[7] * a3r;
            s[i1] = m[8] * a0r - m[9] * a0i + m[10] * a1r - m[11] * a1i
                    + m[12] * a2r - m[13] * a2i + m[14] * a3r - m[15] * a3i;
            s[i1 + 1] = m[8] * a0i + m[9] * a0r + m[10] * a1i + m[11] * a1r
                    + m[12] * a2i + m[13] * a2r + m[14] * a3i + m[15] * a3r;
            s[i2] = m[16] * a0r - m[17] * a0i + m[18] * a1r - m[19] * a1i
                    + m[20] * a2r - m[21] * a2i + m[22] * a3r - m[23] * a3i;
            s[i2 + 1] = m[16] * a0i + m[17] * a0r + m[18] * a1i + m[19] * a1r
                    + m[20] * a2i + m[21] * a2r + m[22] * a3i + m[23] * a3r;
            s[i3] = m[24] * a0r - m[25] * a0i + m[26] * a1r - m[27] * a1i
                    + m[28] * a2r - m[29] * a2i + m[30] * a3r - m[31] * a3i;
            s[i3 + 1] = m[24] * a0i + m[25] * a0r + m[26] * a1i + m[27] * a1r
                    + m[28] * a2i + m[29] * a2r + m[30] * a3i + m[31] * a3r;
        }
    }
}
