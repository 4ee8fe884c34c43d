package io.qrun.engine.compile;

import io.qrun.engine.sim.Op;
import io.qrun.engine.target.Calibration;
import io.qrun.engine.target.GateProperties;
import io.qrun.engine.target.QubitProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A QPU backend's noise, derived from its calibration the way a basic device noise model is: after
 * each gate a depolarizing channel of the reported gate error (and optionally thermal relaxation for
 * the gate's length), and readout errors on measurements. Lookups use PHYSICAL qubits (the
 * circuit's), since the calibration describes the device, not the compacted simulation.
 *
 * <p>A gate without a calibration entry for its exact (name, qubits) gets no depolarizing error; a
 * qubit without calibrated properties gets no thermal relaxation and no readout error.
 */
public final class NoiseModel {

    private final Calibration calibration;
    private final boolean thermalRelaxation;
    private final CalibrationIndex index;

    private NoiseModel(Calibration calibration, boolean thermalRelaxation) {
        this.calibration = Objects.requireNonNull(calibration, "calibration");
        this.thermalRelaxation = thermalRelaxation;
        this.index = new CalibrationIndex(calibration);
    }

    /** The noise of {@code calibration}; {@code thermalRelaxation} adds T1/T2 decay during gates and delays. */
    public static NoiseModel fromCalibration(Calibration calibration, boolean thermalRelaxation) {
        return new NoiseModel(calibration, thermalRelaxation);
    }

    public Calibration calibration() {
        return calibration;
    }

    public boolean thermalRelaxation() {
        return thermalRelaxation;
    }

    /**
     * The depolarizing parameter lambda (E(rho) = (1 - lambda) rho + lambda I/d) whose average gate
     * infidelity is {@code error}: infidelity = lambda (d - 1) / d, so lambda = error d / (d - 1),
     * with d = 2^numQubits; capped at 1 (a fully depolarizing channel).
     */
    public static double depolarizingLambda(double error, int numQubits) {
        double d = Math.pow(2, numQubits);
        return Math.min(1.0, error * d / (d - 1));
    }

    /** The gate error of {@code gate} on {@code physicalQubits} as lambda, 0 when not calibrated. */
    public double gateLambda(String gate, int[] physicalQubits) {
        if (physicalQubits.length == 0) {
            return 0;
        }
        Optional<GateProperties> g = index.gate(gate, physicalQubits);
        return g.map(p -> depolarizingLambda(p.error(), physicalQubits.length)).orElse(0.0);
    }

    /**
     * The noise ops that follow one application of {@code gate}: depolarizing on all its qubits
     * (when its error is non-zero), then thermal relaxation of each qubit for {@code lengthSeconds}.
     * {@code programQubits[i]} is the simulated index of {@code physicalQubits[i]}.
     */
    List<Op> afterGate(String gate, int[] physicalQubits, int[] programQubits, double lengthSeconds) {
        List<Op> ops = new ArrayList<>(1 + programQubits.length);
        double lambda = gateLambda(gate, physicalQubits);
        if (lambda > 0) {
            ops.add(new Op.Depolarizing(programQubits.clone(), lambda));
        }
        ops.addAll(relaxation(physicalQubits, programQubits, lengthSeconds));
        return ops;
    }

    /** Thermal relaxation of each qubit for {@code seconds} (none when disabled or not calibrated). */
    List<Op> relaxation(int[] physicalQubits, int[] programQubits, double seconds) {
        if (!thermalRelaxation || !(seconds > 0)) {
            return List.of();
        }
        List<Op> ops = new ArrayList<>(programQubits.length);
        for (int i = 0; i < physicalQubits.length; i++) {
            Optional<QubitProperties> q = calibration.qubit(physicalQubits[i]);
            if (q.isPresent()) {
                // Physical channels need T2 <= 2 T1; reported values sometimes exceed it by noise.
                double t1 = q.get().t1();
                double t2 = Math.min(q.get().t2(), 2 * t1);
                ops.add(new Op.ThermalRelaxation(programQubits[i], t1, t2, seconds));
            }
        }
        return ops;
    }

    /** A measurement carrying the physical qubit's readout errors. */
    Op.Measure measure(int physicalQubit, int programQubit, int clbit) {
        Optional<QubitProperties> q = calibration.qubit(physicalQubit);
        return new Op.Measure(programQubit, clbit, q.map(QubitProperties::probMeas1Prep0).orElse(0.0),
                q.map(QubitProperties::probMeas0Prep1).orElse(0.0));
    }
}
