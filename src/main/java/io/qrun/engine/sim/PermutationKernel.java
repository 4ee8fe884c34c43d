package io.qrun.engine.sim;

/**
 * A matrix with exactly one non-zero per row and column (x, y, cx, swap, ccx, ...): each output
 * amplitude is one input amplitude times a phase, no sums. When every phase is exactly 1 and the
 * permutation only swaps pairs (x, cx, swap, ccx, cswap), the kernel performs just those swaps and
 * never touches the fixed points: cx moves half of the state, not all of it.
 */
final class PermutationKernel extends GateKernel {

    private final int[] offsets;
    private final int[] source;      // output r takes input source[r]
    private final double[] pr;       // phase of output r, null when all are 1
    private final double[] pi;
    private final int[] swapA;       // when the permutation is a set of swaps with unit phases
    private final int[] swapB;

    PermutationKernel(QubitSubspace subspace, int[] targets, double[] matrix, int[] source) {
        super(subspace);
        this.offsets = targetOffsets(targets);
        this.source = source.clone();
        int dim = offsets.length;
        double[] re = new double[dim];
        double[] im = new double[dim];
        boolean allOne = true;
        boolean onlySwaps = true;
        int swaps = 0;
        for (int r = 0; r < dim; r++) {
            re[r] = matrix[2 * (r * dim + source[r])];
            im[r] = matrix[2 * (r * dim + source[r]) + 1];
            allOne &= re[r] == 1.0 && im[r] == 0.0;
            onlySwaps &= source[source[r]] == r;
            if (source[r] > r) {
                swaps++;
            }
        }
        this.pr = allOne ? null : re;
        this.pi = allOne ? null : im;
        if (allOne && onlySwaps) {
            swapA = new int[swaps];
            swapB = new int[swaps];
            int j = 0;
            for (int r = 0; r < dim; r++) {
                if (source[r] > r) {
                    swapA[j] = offsets[r] << 1;
                    swapB[j] = offsets[source[r]] << 1;
                    j++;
                }
            }
        } else {
            swapA = null;
            swapB = null;
        }
    }

    @Override
    void apply(double[] s, int from, int to) {
        if (swapA != null && swapA.length == 1) {
            final int oa = swapA[0], ob = swapB[0];
            for (int g = from; g < to; g++) {
                int base = subspace.base(g) << 1;
                int ia = base + oa, ib = base + ob;
                double t0 = s[ia], t1 = s[ia + 1];
                s[ia] = s[ib];
                s[ia + 1] = s[ib + 1];
                s[ib] = t0;
                s[ib + 1] = t1;
            }
            return;
        }
        if (swapA != null) {
            for (int g = from; g < to; g++) {
                int base = subspace.base(g) << 1;
                for (int j = 0; j < swapA.length; j++) {
                    int ia = base + swapA[j], ib = base + swapB[j];
                    double t0 = s[ia], t1 = s[ia + 1];
                    s[ia] = s[ib];
                    s[ia + 1] = s[ib + 1];
                    s[ib] = t0;
                    s[ib + 1] = t1;
                }
            }
            return;
        }
        final int dim = offsets.length;
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
