package io.qrun.domain.backend;

/**
 * One qubit's calibration, in SI units: relaxation times T1 and T2 (seconds), the readout errors
 * P(measure 1 | prepared 0) and P(measure 0 | prepared 1), the readout length (seconds) and the
 * qubit frequency (Hz; informational, 0 when unknown).
 */
public record QubitCalibration(double t1Seconds, double t2Seconds, double probMeas1Prep0,
                               double probMeas0Prep1, double readoutLengthSeconds, double frequencyHz) {

    /** The symmetric readout error the backend properties report (mean of the two flip probabilities). */
    public double readoutError() {
        return (probMeas1Prep0 + probMeas0Prep1) / 2.0;
    }
}
