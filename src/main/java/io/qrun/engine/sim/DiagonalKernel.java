package io.qrun.engine.sim;

/**
 * A diagonal matrix (rz, p, cz, crz, rzz, ...): one complex multiply per amplitude, and entries that
 * are exactly 1 are skipped, so p(lambda) touches only the half where its qubit is 1.
 */
final class DiagonalKernel extends GateKernel {

    private final int[] offsets;   // of the entries that are not 1
    private final double[] dr;
    private final double[] di;

    DiagonalKernel(QubitSubspace subspace, int[] targets, double[] matrix) {
        super(subspace);
        int[] all = targetOffsets(targets);
        int dim = all.length;
        int kept = 0;
        for (int r = 0; r < dim; r++) {
            if (!isOne(matrix, r, dim)) {
                kept++;
            }
        }
        offsets = new int[kept];
        dr = new double[kept];
        di = new double[kept];
        int j = 0;
        for (int r = 0; r < dim; r++) {
            if (!isOne(matrix, r, dim)) {
                offsets[j] = all[r];
                dr[j] = matrix[2 * (r * dim + r)];
                di[j] = matrix[2 * (r * dim + r) + 1];
                j++;
            }
        }
    }

    /** Number of entries that are not exactly 1 (the amplitudes per group this kernel changes). */
    int changedPerGroup() {
        return offsets.length;
    }

    /** Amplitude offset from a group's base of changed entry j. */
    int offset(int j) {
        return offsets[j];
    }

    double entryRe(int j) {
        return dr[j];
    }

    double entryIm(int j) {
        return di[j];
    }

    private static boolean isOne(double[] matrix, int r, int dim) {
        return matrix[2 * (r * dim + r)] == 1.0 && matrix[2 * (r * dim + r) + 1] == 0.0;
    }

    @Override
    void apply(double[] s, int from, int to) {
        final int[] offsets = this.offsets;
        final int kept = offsets.length;
        if (kept == 1) {
            final int o = offsets[0];
            final double cr = dr[0], ci = di[0];
            for (int g = from; g < to; g++) {
                int i = (subspace.base(g) + o) << 1;
                double ar = s[i], ai = s[i + 1];
                s[i] = cr * ar - ci * ai;
                s[i + 1] = cr * ai + ci * ar;
            }
            return;
        }
        if (kept == 2) {
            // rz and other one-qubit phases: both halves, two multiplies per group
            final int o0 = offsets[0] << 1, o1 = offsets[1] << 1;
            final double c0r = dr[0], c0i = di[0], c1r = dr[1], c1i = di[1];
            for (int g = from; g < to; g++) {
                int i = subspace.base(g) << 1;
                int i0 = i + o0, i1 = i + o1;
                double ar = s[i0], ai = s[i0 + 1];
                double br = s[i1], bi = s[i1 + 1];
                s[i0] = c0r * ar - c0i * ai;
                s[i0 + 1] = c0r * ai + c0i * ar;
                s[i1] = c1r * br - c1i * bi;
                s[i1 + 1] = c1r * bi + c1i * br;
            }
            return;
        }
        for (int g = from; g < to; g++) {
            int base = subspace.base(g);
            for (int j = 0; j < kept; j++) {
                int i = (base + offsets[j]) << 1;
                double ar = s[i], ai = s[i + 1];
                s[i] = dr[j] * ar - di[j] * ai;
                s[i + 1] = dr[j] * ai + di[j] * ar;
            }
        }
    }
}
