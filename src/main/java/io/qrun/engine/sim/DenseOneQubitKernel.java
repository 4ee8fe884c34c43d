package io.qrun.engine.sim;

/** A dense 2x2 matrix on one target: two loads, eight multiplies, two stores per amplitude pair. */
final class DenseOneQubitKernel extends GateKernel {

    private final int stride;
    private final double m00r, m00i, m01r, m01i, m10r, m10i, m11r, m11i;

    DenseOneQubitKernel(QubitSubspace subspace, int target, double[] m) {
        super(subspace);
        this.stride = 1 << target;
        m00r = m[0]; m00i = m[1]; m01r = m[2]; m01i = m[3];
        m10r = m[4]; m10i = m[5]; m11r = m[6]; m11i = m[7];
    }

    @Override
    void apply(double[] s, int from, int to) {
        if (subspace.fixedCount() == 1) {
            applyUncontrolled(s, from, to);
            return;
        }
        for (int g = from; g < to; g++) {
            int i0 = subspace.base(g) << 1;
            int i1 = i0 + (stride << 1);
            double a0r = s[i0], a0i = s[i0 + 1];
            double a1r = s[i1], a1i = s[i1 + 1];
            s[i0] = m00r * a0r - m00i * a0i + m01r * a1r - m01i * a1i;
            s[i0 + 1] = m00r * a0i + m00i * a0r + m01r * a1i + m01i * a1r;
            s[i1] = m10r * a0r - m10i * a0i + m11r * a1r - m11i * a1i;
            s[i1 + 1] = m10r * a0i + m10i * a0r + m11r * a1i + m11i * a1r;
        }
    }

    /** The common case without controls, with the bit insertion written out. */
    private void applyUncontrolled(double[] s, int from, int to) {
        final int low = stride - 1;
        final int twoStride = stride << 1;
        final double m00r = this.m00r, m00i = this.m00i, m01r = this.m01r, m01i = this.m01i;
        final double m10r = this.m10r, m10i = this.m10i, m11r = this.m11r, m11i = this.m11i;
        for (int g = from; g < to; g++) {
            int i0 = (((g & ~low) << 1) | (g & low)) << 1;
            int i1 = i0 + twoStride;
            double a0r = s[i0], a0i = s[i0 + 1];
            double a1r = s[i1], a1i = s[i1 + 1];
            s[i0] = m00r * a0r - m00i * a0i + m01r * a1r - m01i * a1i;
            s[i0 + 1] = m00r * a0i + m00i * a0r + m01r * a1i + m01i * a1r;
            s[i1] = m10r * a0r - m10i * a0i + m11r * a1r - m11i * a1i;
            s[i1 + 1] = m10r * a0i + m10i * a0r + m11r * a1i + m11i * a1r;
        }
    }
}
