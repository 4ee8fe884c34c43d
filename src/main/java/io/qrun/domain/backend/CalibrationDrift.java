package io.qrun.domain.backend;

import io.qrun.engine.target.GateProperties;
import io.qrun.engine.target.QubitProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a calibration job measures on a simulated QPU: the previous calibration, drifted. T1 and
 * T2 move by up to {@value #COHERENCE_DRIFT} (relative), gate and readout errors by up to
 * {@value #ERROR_DRIFT}; T2 never exceeds 2 T1 and probabilities stay in [0, 0.5]. Gate lengths
 * and frequencies do not drift (they are design values). The random draw is seeded by the backend
 * and the calibration time, so a calibration can be reproduced.
 */
public final class CalibrationDrift {

    static final double COHERENCE_DRIFT = 0.05;
    static final double ERROR_DRIFT = 0.10;

    private CalibrationDrift() {
    }

    public static BackendCalibration drift(String backend, BackendCalibration previous, Instant at) {
        Random random = new Random(backend.hashCode() * 31L + at.toEpochMilli());
        List<QubitCalibration> qubits = new ArrayList<>();
        for (QubitCalibration q : previous.qubits()) {
            double t1 = q.t1Seconds() * factor(random, COHERENCE_DRIFT);
            double t2 = Math.min(2 * t1, q.t2Seconds() * factor(random, COHERENCE_DRIFT));
            QubitProperties p = new QubitProperties(t1, t2, probability(q.probMeas1Prep0() * factor(random, ERROR_DRIFT)),
                    probability(q.probMeas0Prep1() * factor(random, ERROR_DRIFT)), q.readoutLengthSeconds());
            qubits.add(new QubitCalibration(p, q.frequencyHz()));
        }
        List<GateProperties> gates = new ArrayList<>();
        for (GateProperties g : previous.gates()) {
            gates.add(new GateProperties(g.gate(), g.qubits(), probability(g.error() * factor(random, ERROR_DRIFT)),
                    g.lengthSeconds()));
        }
        return new BackendCalibration(qubits, gates, at);
    }

    private static double factor(Random random, double spread) {
        return 1.0 + spread * (2 * random.nextDouble() - 1);
    }

    private static double probability(double p) {
        return Math.max(0.0, Math.min(0.5, p));
    }
}
