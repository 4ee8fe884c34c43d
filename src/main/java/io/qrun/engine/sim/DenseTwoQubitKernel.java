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
            for (int r = 0; r < 4; r++) {
                int k = r << 3;
                double re = m[k] * a0r - m[k + 1] * a0i + m[k + 2] * a1r - m[k + 3] * a1i
                        + m[k + 4] * a2r - m[k + 5] * a2i + m[k + 6] * a3r - m[k + 7] * a3i;
                double im = m[k] * a0i + m[k + 1] * a0r + m[k + 2] * a1i + m[k + 3] * a1r
                        + m[k + 4] * a2i + m[k + 5] * a2r + m[k + 6] * a3i + m[k + 7] * a3r;
                int out = r == 0 ? i0 : r == 1 ? i1 : r == 2 ? i2 : i3;
                s[out] = re;
                s[out + 1] = im;
            }
        }
    }
}
