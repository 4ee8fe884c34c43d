package io.qrun.domain.backend;

import java.util.Arrays;

/**
 * The error (depolarizing probability reported by randomized benchmarking) and the length in
 * seconds of one gate on one tuple of qubits, e.g. {@code ecr} on {@code (0, 1)}.
 */
public record GateCalibration(String gate, int[] qubits, double error, double lengthSeconds) {

    public GateCalibration {
        qubits = qubits.clone();
    }

    @Override
    public int[] qubits() {
        return qubits.clone();
    }

    public boolean actsOn(String gateName, int... onQubits) {
        return gate.equals(gateName) && Arrays.equals(qubits, onQubits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GateCalibration g && g.gate.equals(gate) && Arrays.equals(g.qubits, qubits)
                && Double.compare(g.error, error) == 0 && Double.compare(g.lengthSeconds, lengthSeconds) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * gate.hashCode() + Arrays.hashCode(qubits)) + Double.hashCode(error);
    }

    @Override
    public String toString() {
        return "GateCalibration[" + gate + " " + Arrays.toString(qubits) + ", error=" + error
                + ", length=" + lengthSeconds + "]";
    }
}
