package io.qrun.domain.backend;

import io.qrun.engine.target.Calibration;
import io.qrun.engine.target.GateProperties;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A backend's calibration at one moment: one entry per qubit (index = qubit) and one per
 * (gate, qubits) pair the backend supports. {@code lastUpdate} is when it was measured (for the
 * simulated QPUs: when the configuration was loaded or the last calibration job ended).
 */
public record BackendCalibration(List<QubitCalibration> qubits, List<GateProperties> gates, Instant lastUpdate) {

    public BackendCalibration {
        qubits = List.copyOf(qubits);
        gates = List.copyOf(gates);
    }

    public QubitCalibration qubit(int index) {
        return qubits.get(index);
    }

    public Optional<GateProperties> gate(String name, int... onQubits) {
        return gates.stream().filter(g -> g.matches(name, onQubits)).findFirst();
    }

    /** What the engine simulates: the same qubit properties and gate entries, with the backend's rep delay. */
    public Calibration forEngine(double defaultRepDelaySeconds) {
        return new Calibration(qubits.stream().map(QubitCalibration::properties).toList(), gates,
                defaultRepDelaySeconds, lastUpdate);
    }

    public BackendCalibration withLastUpdate(Instant when) {
        return new BackendCalibration(qubits, gates, when);
    }
}
