package io.qrun.engine.sim;

import java.util.List;

/**
 * One operation of a compiled {@link Program}. Qubit operands are program qubits
 * {@code 0..numQubits-1}; classical operands are bits {@code 0..numClbits-1}.
 *
 * <p>Matrices are dense, row-major, complex128 stored interleaved ({@code re, im, re, im, ...}),
 * of dimension {@code 2^k} for k qubits. Basis index bit j of the matrix belongs to
 * {@code qubits[j]} (Qiskit's little-endian convention: qubits[0] is the least significant).
 */
public sealed interface Op {

    /** A dense unitary on {@code qubits} (k = qubits.length, matrix of 2^k x 2^k). */
    record Unitary(int[] qubits, double[] matrix) implements Op {}

    /**
     * Applies {@code matrix} to {@code targets} on the subspace where control qubit
     * {@code controls[j]} reads bit j of {@code controlState} (1 = ctrl, 0 = negctrl).
     */
    record ControlledUnitary(int[] controls, long controlState, int[] targets, double[] matrix) implements Op {}

    /** Multiplies the whole state by {@code e^{i phase}}. */
    record GlobalPhase(double phase) implements Op {}

    /**
     * Projective Z measurement of {@code qubit} into {@code clbit}. The recorded bit is flipped
     * with probability {@code probMeas1Prep0} when the outcome is 0 and {@code probMeas0Prep1}
     * when it is 1 (readout error; 0 and 0 on a noiseless backend). The state collapses to the
     * true outcome.
     */
    record Measure(int qubit, int clbit, double probMeas1Prep0, double probMeas0Prep1) implements Op {}

    /** Resets {@code qubit} to |0> (measure, then flip when 1). */
    record Reset(int qubit) implements Op {}

    /** Runs {@code thenOps} when the integer read from {@code clbits} (clbits[0] least significant) equals {@code value}, else {@code elseOps}. */
    record Conditional(int[] clbits, long value, List<Op> thenOps, List<Op> elseOps) implements Op {}

    /**
     * Depolarizing channel E(rho) = (1 - lambda) rho + lambda I/d on {@code qubits} (d = 2^k):
     * per trajectory, with probability {@code lambda} apply a Pauli drawn uniformly from all 4^k
     * (identity included).
     */
    record Depolarizing(int[] qubits, double lambda) implements Op {}

    /** Amplitude and phase damping of {@code qubit} for {@code time} seconds with T1 {@code t1} and T2 {@code t2}, by trajectories. */
    record ThermalRelaxation(int qubit, double t1, double t2, double time) implements Op {}
}
