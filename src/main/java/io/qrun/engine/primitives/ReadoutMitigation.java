package io.qrun.engine.primitives;

/**
 * Readout-error mitigation by inverting each qubit's 2x2 assignment matrix
 * A = [[1-e0, e1], [e0, 1-e1]] (columns: prepared 0/1; rows: read 0/1; e0 = prob_meas1_prep0,
 * e1 = prob_meas0_prep1). For a Z parity the inverse acts per qubit on the read bit b' as the
 * factor g(b') = sum_b (-1)^b (A^-1)[b][b']: g(0) = (1 - e1 + e0)/det, g(1) = -(1 + e1 - e0)/det with
 * det = 1 - e0 - e1. The mean over shots of prod_q g_q(b'_q) is an unbiased estimate of the
 * noiseless parity, for asymmetric errors too (the readout errors of different qubits being
 * independent, the inverse of their tensor product is the product of the inverses).
 */
final class ReadoutMitigation {

    private ReadoutMitigation() {}

    /** g(read bit) for one qubit; {@code read} is 0 or 1. */
    static double parityFactor(int read, double probMeas1Prep0, double probMeas0Prep1) {
        double det = 1 - probMeas1Prep0 - probMeas0Prep1;
        if (det <= 1e-9) {
            throw new IllegalArgumentException("readout errors " + probMeas1Prep0 + " and " + probMeas0Prep1
                    + " leave no information to invert (1 - e0 - e1 = " + det + ")");
        }
        return read == 0 ? (1 - probMeas0Prep1 + probMeas1Prep0) / det : -(1 + probMeas0Prep1 - probMeas1Prep0) / det;
    }
}
