package io.qrun.engine.sim;

/**
 * The in-place state transformations the simulator is built from: apply a kernel (split across
 * threads for large states), the probability that a qubit reads 1, projection onto an outcome, and
 * the non-unitary maps of measurement, reset and noise expressed as small kernels.
 */
final class StateOps {

    private final ParallelRunner runner;

    StateOps(ParallelRunner runner) {
        this.runner = runner;
    }

    ParallelRunner runner() {
        return runner;
    }

    void apply(StateVector state, GateKernel kernel) {
        double[] s = state.amplitudes();
        runner.forRange(state.numQubits(), kernel.groups(), (from, to) -> kernel.apply(s, from, to));
    }

    /** Probability that {@code qubit} reads 1 (not divided by the norm; the state is kept normalised). */
    double probabilityOne(StateVector state, int qubit) {
        double[] s = state.amplitudes();
        int n = state.numQubits();
        int low = (1 << qubit) - 1;
        int one = 1 << qubit;
        return runner.sum(n, 1 << (n - 1), (from, to) -> {
            double acc = 0;
            for (int g = from; g < to; g++) {
                int i = ((((g & ~low) << 1) | (g & low)) | one) << 1;
                acc += s[i] * s[i] + s[i + 1] * s[i + 1];
            }
            return acc;
        });
    }

    /** Keeps the half where {@code qubit} reads {@code outcome}, scaled by 1/sqrt(probability). */
    void project(StateVector state, int qubit, int outcome, double probability) {
        double keep = 1.0 / Math.sqrt(probability);
        double[] diag = outcome == 0
                ? new double[] {keep, 0, 0, 0, 0, 0, 0, 0}
                : new double[] {0, 0, 0, 0, 0, 0, keep, 0};
        apply(state, GateKernels.unitary(state.numQubits(), new int[] {qubit}, diag, "projection"));
    }

    /**
     * Moves the |1> half of {@code qubit} to |0> scaled by 1/sqrt(probabilityOne) and clears |1>:
     * the post-jump state of reset after reading 1, and of amplitude damping.
     */
    void decayToZero(StateVector state, int qubit, double probabilityOne) {
        double scale = 1.0 / Math.sqrt(probabilityOne);
        double[] lower = {0, 0, scale, 0, 0, 0, 0, 0};
        apply(state, GateKernels.unitary(state.numQubits(), new int[] {qubit}, lower, "decay to |0>"));
    }

    /** Multiplies |0> and |1> of {@code qubit} by the real factors d0 and d1. */
    void scaleHalves(StateVector state, int qubit, double d0, double d1) {
        double[] diag = {d0, 0, 0, 0, 0, 0, d1, 0};
        apply(state, GateKernels.unitary(state.numQubits(), new int[] {qubit}, diag, "scaling"));
    }

    /** Applies the single-qubit Pauli {@code pauli} (1 = X, 2 = Y, 3 = Z; 0 = identity does nothing). */
    void applyPauli(StateVector state, int qubit, int pauli) {
        double[] m = switch (pauli) {
            case 0 -> null;
            case 1 -> new double[] {0, 0, 1, 0, 1, 0, 0, 0};
            case 2 -> new double[] {0, 0, 0, -1, 0, 1, 0, 0};
            case 3 -> new double[] {1, 0, 0, 0, 0, 0, -1, 0};
            default -> throw new IllegalArgumentException("Pauli index " + pauli + " is not 0..3");
        };
        if (m != null) {
            apply(state, GateKernels.unitary(state.numQubits(), new int[] {qubit}, m, "Pauli"));
        }
    }
}
