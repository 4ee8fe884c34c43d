package io.qrun.engine.sim;

/**
 * <psi|P|psi> for a Pauli string, read straight from the state (no copy, nothing written). With
 * P = i^nY X^x Z^z, P|i> = i^nY (-1)^popcount(i & z) |i ^ x>, so
 * <psi|P|psi> = i^nY * sum_i (-1)^popcount(i & z) conj(psi[i ^ x]) psi[i]. The sum is real for a
 * Hermitian P; only the part that survives the i^nY factor is accumulated.
 */
final class PauliExpectation {

    private final ParallelRunner runner;

    PauliExpectation(ParallelRunner runner) {
        this.runner = runner;
    }

    double expectation(StateVector state, PauliString pauli) {
        int n = state.numQubits();
        long outside = n >= 64 ? 0 : pauli.support() & ~((1L << n) - 1);
        if (outside != 0) {
            throw new IllegalArgumentException("The Pauli " + pauli + " acts on qubit "
                    + Long.numberOfTrailingZeros(outside) + ", but the state has only " + n + " qubits");
        }
        double[] s = state.amplitudes();
        int x = (int) pauli.xMask();
        int z = (int) pauli.zMask();
        int nY = pauli.numY() & 3;
        // i^nY times (re + i im): the real part is re, -im, -re, im for nY = 0, 1, 2, 3 (mod 4).
        boolean takeImaginary = (nY & 1) == 1;
        double sign = (nY == 0 || nY == 3) ? 1.0 : -1.0;
        double sum = runner.sum(n, 1 << n, (from, to) -> {
            double acc = 0;
            for (int i = from; i < to; i++) {
                int j = (i ^ x) << 1;
                int k = i << 1;
                double br = s[j], bi = s[j + 1];   // psi[i ^ x], conjugated below
                double ar = s[k], ai = s[k + 1];   // psi[i]
                double term = takeImaginary ? br * ai - bi * ar : br * ar + bi * ai;
                acc += (Integer.bitCount(i & z) & 1) == 0 ? term : -term;
            }
            return acc;
        });
        return sign * sum;
    }
}
