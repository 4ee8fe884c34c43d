package io.qrun.domain.backend;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A backend's calibration at one moment: one entry per qubit (index = qubit) and one per
 * (gate, qubits) pair the backend supports. {@code lastUpdate} is when it was measured (for the
 * simulated QPUs: when the configuration was loaded or the last calibration job ended).
 */
public record BackendCalibration(List<QubitCalibration> qubits, List<GateCalibration> gates, Instant lastUpdate) {

    public BackendCalibration {
        qubits = List.copyOf(qubits);
        gates = List.copyOf(gates);
    }

    public QubitCalibration qubit(int index) {
        return qubits.get(index);
    }

    public Optional<GateCalibration> gate(String name, int... onQubits) {
        return gates.stream().filter(g -> g.actsOn(name, onQubits)).findFirst();
    }

    public BackendCalibration withLastUpdate(Instant when) {
        return new BackendCalibration(qubits, gates, when);
    }
}
