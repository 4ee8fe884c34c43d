package io.qrun.engine.target;

/**
 * Calibrated properties of one physical qubit, in SI units (seconds), as a backend's
 * {@code properties} report them.
 *
 * @param t1 energy relaxation time T1 in seconds (positive; {@code Double.POSITIVE_INFINITY} = none)
 * @param t2 dephasing time T2 in seconds (positive; {@code Double.POSITIVE_INFINITY} = none)
 * @param probMeas1Prep0 probability of reading 1 when the qubit was prepared in |0>
 * @param probMeas0Prep1 probability of reading 0 when the qubit was prepared in |1>
 * @param readoutLengthSeconds duration of a measurement of this qubit
 */
public record QubitProperties(double t1, double t2, double probMeas1Prep0, double probMeas0Prep1,
        double readoutLengthSeconds) {

    public QubitProperties {
        if (!(t1 > 0) || !(t2 > 0)) {
            throw new IllegalArgumentException("Qubit T1 and T2 must be positive seconds, got T1=" + t1 + ", T2=" + t2);
        }
        requireProbability("prob_meas1_prep0", probMeas1Prep0);
        requireProbability("prob_meas0_prep1", probMeas0Prep1);
        if (!(readoutLengthSeconds >= 0) || Double.isInfinite(readoutLengthSeconds)) {
            throw new IllegalArgumentException("Qubit readout length must be a finite number of seconds >= 0, got "
                    + readoutLengthSeconds);
        }
    }

    /** The readout error as backends report it: the mean of the two flip probabilities. */
    public double readoutError() {
        return (probMeas1Prep0 + probMeas0Prep1) / 2;
    }

    static void requireProbability(String what, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(what + " must be a probability in [0, 1], got " + p);
        }
    }
}
