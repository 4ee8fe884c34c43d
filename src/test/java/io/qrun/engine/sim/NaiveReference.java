package io.qrun.engine.sim;

/**
 * A deliberately simple reference: for every basis index whose controls match, the new amplitude
 * is the matrix row times the old amplitudes of the target subspace. No bit tricks shared with the
 * kernels, so agreement means something.
 */
final class NaiveReference {

    private NaiveReference() {}

    static double[] apply(double[] state, int n, int[] controls, long controlState, int[] targets, double[] m) {
        double[] out = state.clone();
        int dim = 1 << targets.length;
        for (int i = 0; i < (1 << n); i++) {
            boolean match = true;
            for (int j = 0; j < controls.length; j++) {
                int want = (int) (controlState >>> j & 1);
                if (((i >> controls[j]) & 1) != want) {
                    match = false;
                }
            }
            if (!match) {
                continue;
            }
            int row = 0;
            for (int j = 0; j < targets.length; j++) {
                row |= ((i >> targets[j]) & 1) << j;
            }
            double re = 0, im = 0;
            for (int col = 0; col < dim; col++) {
                int src = i;
                for (int j = 0; j < targets.length; j++) {
                    src = (src & ~(1 << targets[j])) | (((col >> j) & 1) << targets[j]);
                }
                double mr = m[2 * (row * dim + col)], mi = m[2 * (row * dim + col) + 1];
                re += mr * state[2 * src] - mi * state[2 * src + 1];
                im += mr * state[2 * src + 1] + mi * state[2 * src];
            }
            out[2 * i] = re;
            out[2 * i + 1] = im;
        }
        return out;
    }

    /** <a|b> real part. */
    static double innerReal(double[] a, double[] b) {
        double re = 0;
        for (int i = 0; i < a.length; i += 2) {
            re += a[i] * b[i] + a[i + 1] * b[i + 1];
        }
        return re;
    }

    /** <a|b> imaginary part. */
    static double innerImag(double[] a, double[] b) {
        double im = 0;
        for (int i = 0; i < a.length; i += 2) {
            im += a[i] * b[i + 1] - a[i + 1] * b[i];
        }
        return im;
    }
}
