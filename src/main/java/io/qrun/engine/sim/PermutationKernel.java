package io.qrun.engine.sim;

/**
 * A matrix with exactly one non-zero per row and column (x, y, cx, swap, ecr-free parts, ...): each
 * output amplitude is one input amplitude times a phase, no sums. When every phase is exactly 1
 * (x, cx, swap, ccx) the amplitudes are only moved.
 */
final class PermutationKernel extends GateKernel {

    private final int[] offsets;
    private final int[] source;      // output r takes input source[r]
    private final double[] pr;       // phase of output r, null when all are 1
    private final double[] pi;

    PermutationKernel(QubitSubspace subspace, int[] targets, double[] matrix, int[] source) {
        super(subspace);
        this.offsets = targetOffsets(targets);
        this.source = source.clone();
        int dim = offsets.length;
        double[] re = new double[dim];
        double[] im = new double[dim];
        boolean allOne = true;
        for (int r = 0; r < dim; r++) {
            re[r] = matrix[2 * (r * dim + source[r])];
            im[r] = matrix[2 * (r * dim + source[r]) + 1];
            allOne &= re[r] == 1.0 && im[r] == 0.0;
        }
        this.pr = allOne ? null : re;
        this.pi = allOne ? null : im;
    }

    @Override
    void apply(double[] s, int from, int to) {
        final int dim = offsets.length;
        if (dim == 2 && pr == null) {
            // x on one qubit or cx's target under its control: a plain swap
            final int o = offsets[1] << 1;
            for (int g = from; g < to; g++) {
                int i0 = subspace.base(g) << 1;
                int i1 = i0 + o;
                double t0 = s[i0], t1 = s[i0 + 1];
                s[i0] = s[i1];
                s[i0 + 1] = s[i1 + 1];
                s[i1] = t0;
                s[i1 + 1] = t1;
            }
            return;
        }
        double[] in = new double[2 * dim];
        for (int g = from; g < to; g++) {
            int base = subspace.base(g);
            for (int c = 0; c < dim; c++) {
                int i = (base + offsets[c]) << 1;
                in[2 * c] = s[i];
                in[2 * c + 1] = s[i + 1];
            }
            for (int r = 0; r < dim; r++) {
                int o = (base + offsets[r]) << 1;
                double ar = in[2 * source[r]], ai = in[2 * source[r] + 1];
                if (pr == null) {
                    s[o] = ar;
                    s[o + 1] = ai;
                } else {
                    s[o] = pr[r] * ar - pi[r] * ai;
                    s[o + 1] = pr[r] * ai + pi[r] * ar;
                }
            }
        }
    }
}
