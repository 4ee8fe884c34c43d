package io.qrun.engine.target;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a backend accepts and how it behaves: its instruction set architecture (basis gates and
 * directed coupling map), size, calibration and sample time {@code dt}.
 *
 * @param name the backend name (for messages)
 * @param numQubits number of physical qubits
 * @param basisGates gate names a non-permissive backend accepts (measure, reset, delay and barrier
 *     are always accepted)
 * @param couplingMap the directed pairs {@code [a, b]} on which two-qubit gates may act, as listed
 * @param permissive when true, any known or defined gate on any qubits {@code < numQubits} is accepted
 * @param calibration the current calibration, or null for a noiseless backend
 * @param dtSeconds the sample time that {@code delay[n dt]} counts in seconds (0 when the backend has none)
 */
public record Target(String name, int numQubits, Set<String> basisGates, Set<List<Integer>> couplingMap,
        boolean permissive, Calibration calibration, double dtSeconds) {

    public Target {
        Objects.requireNonNull(name, "name");
        if (numQubits < 1) {
            throw new IllegalArgumentException("Backend " + name + " must have at least 1 qubit, got " + numQubits);
        }
        basisGates = Set.copyOf(basisGates);
        couplingMap = Set.copyOf(couplingMap);
        for (List<Integer> pair : couplingMap) {
            if (pair.size() != 2 || pair.get(0) < 0 || pair.get(1) < 0 || pair.get(0) >= numQubits
                    || pair.get(1) >= numQubits || pair.get(0).equals(pair.get(1))) {
                throw new IllegalArgumentException("Backend " + name + ": coupling map entry " + pair
                        + " must be two different qubits in 0.." + (numQubits - 1));
            }
        }
        if (!(dtSeconds >= 0) || Double.isInfinite(dtSeconds)) {
            throw new IllegalArgumentException("Backend " + name + ": dt must be a finite number of seconds >= 0, got "
                    + dtSeconds);
        }
    }

    /** A noiseless all-to-all backend that accepts any known gate (the development backend). */
    public static Target permissive(String name, int numQubits) {
        return new Target(name, numQubits, Set.of(), Set.of(), true, null, 0);
    }

    /** True when a two-qubit gate may act on control/first operand {@code a} and second operand {@code b}. */
    public boolean isCoupled(int a, int b) {
        return couplingMap.contains(List.of(a, b));
    }
}
