package io.qrun.engine.target;

import java.util.Arrays;
import java.util.Objects;

/**
 * Calibrated properties of one gate on specific physical qubits.
 *
 * @param gate the gate name as in the basis gates ({@code "ecr"}, {@code "sx"}, ...)
 * @param qubits the physical qubits, in operand order
 * @param error the reported gate error (average gate infidelity), in [0, 1]
 * @param lengthSeconds the gate duration in seconds
 */
public record GateProperties(String gate, int[] qubits, double error, double lengthSeconds) {

    /** The length the engine gives a one-qubit gate that has no calibrated entry (with error 0: no noise). */
    public static final double DEFAULT_ONE_QUBIT_LENGTH_SECONDS = 50e-9;
    /** The same for a gate on two or more qubits. */
    public static final double DEFAULT_MULTI_QUBIT_LENGTH_SECONDS = 500e-9;

    public GateProperties {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(qubits, "qubits");
        qubits = qubits.clone();
        QubitProperties.requireProbability("gate_error of " + gate + " on " + Arrays.toString(qubits), error);
        if (!(lengthSeconds >= 0) || Double.isInfinite(lengthSeconds)) {
            throw new IllegalArgumentException("gate_length of " + gate + " on " + Arrays.toString(qubits)
                    + " must be a finite number of seconds >= 0, got " + lengthSeconds);
        }
    }

    @Override
    public int[] qubits() {
        return qubits.clone();
    }

    /** True when this entry is for {@code gate} on exactly {@code qubits} (in that order). */
    public boolean matches(String gate, int[] qubits) {
        return this.gate.equals(gate) && Arrays.equals(this.qubits, qubits);
    }

    // Records compare arrays by identity; calibrations are compared by value.
    @Override
    public boolean equals(Object o) {
        return o instanceof GateProperties g && gate.equals(g.gate) && Arrays.equals(qubits, g.qubits)
                && Double.compare(error, g.error) == 0 && Double.compare(lengthSeconds, g.lengthSeconds) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(gate, Arrays.hashCode(qubits), error, lengthSeconds);
    }

    @Override
    public String toString() {
        return "GateProperties[" + gate + " " + Arrays.toString(qubits) + ", error=" + error + ", length="
                + lengthSeconds + "s]";
    }
}
