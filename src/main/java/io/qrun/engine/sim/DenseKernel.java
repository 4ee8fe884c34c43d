package io.qrun.engine.sim;

/**
 * A dense 2^k x 2^k matrix on k targets (fused blocks, k up to 5 or so): gathers the group's
 * amplitudes into a buffer allocated once per call, multiplies, scatters back.
 */
final class DenseKernel extends GateKernel {

    private final int[] offsets;
    private final double[] m;
    private final int dim;

    DenseKernel(QubitSubspace subspace, int[] targets, double[] matrix) {
        super(subspace);
        this.offsets = targetOffsets(targets);
        this.m = matrix.clone();
        this.dim = offsets.length;
    }

    @Override
    void apply(double[] s, int from, int to) {
        final int dim = this.dim;
        final int[] offsets = this.offsets;
        final double[] m = this.m;
        double[] in = new double[2 * dim];
        for (int g = from; g < to; g++) {
            int base = subspace.base(g);
            for (int c = 0; c < dim; c++) {
                int i = (base + offsets[c]) << 1;
                in[2 * c] = s[i];
                in[2 * c + 1] = s[i + 1];
            }
            for (int r = 0; r < dim; r++) {
                double re = 0;
                double im = 0;
                int k = 2 * r * dim;
                for (int c = 0; c < dim; c++) {
                    double mr = m[k + 2 * c], mi = m[k + 2 * c + 1];
                    double ar = in[2 * c], ai = in[2 * c + 1];
                    re += mr * ar - mi * ai;
                    im += mr * ai + mi * ar;
                }
                int o = (base + offsets[r]) << 1;
                s[o] = re;
                s[o + 1] = im;
            }
        }
    }
}
