package io.qrun.engine.target;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One calibration of a QPU backend: what its {@code properties} endpoint reports and what its
 * noisy simulation uses. {@code qubits.get(i)} belongs to physical qubit i.
 *
 * @param qubits per physical qubit properties, index = physical qubit
 * @param gates per (gate, qubits) error and length
 * @param defaultRepDelaySeconds the delay between shots (the backend's {@code default_rep_delay})
 * @param lastUpdate when this calibration was taken
 */
public record Calibration(List<QubitProperties> qubits, List<GateProperties> gates, double defaultRepDelaySeconds,
        Instant lastUpdate) {

    public Calibration {
        qubits = List.copyOf(qubits);
        gates = List.copyOf(gates);
        Objects.requireNonNull(lastUpdate, "lastUpdate");
        if (!(defaultRepDelaySeconds >= 0) || Double.isInfinite(defaultRepDelaySeconds)) {
            throw new IllegalArgumentException("default rep delay must be a finite number of seconds >= 0, got "
                    + defaultRepDelaySeconds);
        }
    }

    /** The properties of physical qubit {@code q}, if calibrated. */
    public Optional<QubitProperties> qubit(int q) {
        return q >= 0 && q < qubits.size() ? Optional.of(qubits.get(q)) : Optional.empty();
    }

    /**
     * The entry for {@code gate} on exactly {@code qubits} (operand order matters: ecr (0, 1) and
     * ecr (1, 0) are different gates). A linear scan: callers on a hot path index the list once
     * (see io.qrun.engine.compile.CalibrationIndex).
     */
    public Optional<GateProperties> gate(String gate, int... qubits) {
        for (GateProperties g : gates) {
            if (g.matches(gate, qubits)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
