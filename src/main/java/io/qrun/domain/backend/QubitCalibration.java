package io.qrun.domain.backend;

import io.qrun.engine.target.QubitProperties;

/**
 * One qubit's calibration: the properties the engine simulates (T1, T2, readout errors and
 * length, in SI units) and the qubit frequency (Hz; informational, 0 when unknown), which only
 * the backend's properties report.
 */
public record QubitCalibration(QubitProperties properties, double frequencyHz) {

    public QubitCalibration(double t1Seconds, double t2Seconds, double probMeas1Prep0, double probMeas0Prep1,
                            double readoutLengthSeconds, double frequencyHz) {
        this(new QubitProperties(t1Seconds, t2Seconds, probMeas1Prep0, probMeas0Prep1, readoutLengthSeconds),
                frequencyHz);
    }

    public double t1Seconds() {
        return properties.t1();
    }

    public double t2Seconds() {
        return properties.t2();
    }

    public double probMeas1Prep0() {
        return properties.probMeas1Prep0();
    }

    public double probMeas0Prep1() {
        return properties.probMeas0Prep1();
    }

    public double readoutLengthSeconds() {
        return properties.readoutLengthSeconds();
    }

    /** The symmetric readout error the backend properties report (mean of the two flip probabilities). */
    public double readoutError() {
        return properties.readoutError();
    }
}
