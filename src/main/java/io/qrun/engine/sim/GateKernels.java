package io.qrun.engine.sim;

/**
 * Chooses the cheapest kernel for a (controlled) matrix: diagonal, permutation with phases, dense
 * 1-, 2- or k-qubit, from the JVM's {@link KernelFamily}. The choice looks at exact zeros only, so
 * it never changes a result.
 */
final class GateKernels {

    private GateKernels() {}

    /** Largest number of targets a single matrix may act on (a 2^10 x 2^10 dense block). */
    static final int MAX_TARGETS = 10;

    static GateKernel unitary(int numQubits, int[] targets, double[] matrix, String where) {
        return controlled(numQubits, new int[0], 0L, targets, matrix, where);
    }

    /**
     * @param where names the op for error messages, e.g. "op 7 (Unitary)"
     * @throws IllegalArgumentException when qubits are out of range or repeated, or the matrix has
     *                                  the wrong size
     */
    static GateKernel controlled(int numQubits, int[] controls, long controlState, int[] targets,
                                 double[] matrix, String where) {
        return controlled(numQubits, controls, controlState, targets, matrix, where, KernelFamily.active());
    }

    /** As above with the given kernel family (tests compare the families). */
    static GateKernel controlled(int numQubits, int[] controls, long controlState, int[] targets,
                                 double[] matrix, String where, KernelFactory family) {
        validate(numQubits, controls, targets, matrix, where);
        int fixedValue = 0;
        for (int j = 0; j < controls.length; j++) {
            if ((controlState >>> j & 1L) != 0) {
                fixedValue |= 1 << controls[j];
            }
        }
        int[] fixed = new int[controls.length + targets.length];
        System.arraycopy(controls, 0, fixed, 0, controls.length);
        System.arraycopy(targets, 0, fixed, controls.length, targets.length);
        QubitSubspace subspace = new QubitSubspace(numQubits, fixed, fixedValue);
        int dim = 1 << targets.length;
        if (isDiagonal(matrix, dim)) {
            return family.diagonal(subspace, targets, matrix);
        }
        int[] source = permutationSource(matrix, dim);
        if (source != null) {
            return new PermutationKernel(subspace, targets, matrix, source);
        }
        if (targets.length == 1) {
            return family.denseOneQubit(subspace, targets[0], matrix);
        }
        if (targets.length == 2) {
            return family.denseTwoQubit(subspace, targets, matrix);
        }
        return new DenseKernel(subspace, targets, matrix);
    }

    private static void validate(int numQubits, int[] controls, int[] targets, double[] matrix, String where) {
        if (controls == null || targets == null) {
            throw new IllegalArgumentException(where + " has no " + (targets == null ? "target" : "control")
                    + " qubit list (use an empty array for none)");
        }
        if (targets.length > MAX_TARGETS) {
            throw new IllegalArgumentException(where + " acts on " + targets.length + " qubits; a matrix may act on at most "
                    + MAX_TARGETS + " (split or do not fuse it)");
        }
        if (controls.length > 63) {
            throw new IllegalArgumentException(where + " has " + controls.length + " controls; at most 63 are supported");
        }
        long seen = 0;
        for (int[] list : new int[][] {controls, targets}) {
            for (int q : list) {
                if (q < 0 || q >= numQubits) {
                    throw new IllegalArgumentException(where + " uses qubit " + q + ", outside 0.." + (numQubits - 1)
                            + " of the program");
                }
                if ((seen >>> q & 1L) != 0) {
                    throw new IllegalArgumentException(where + " uses qubit " + q + " twice");
                }
                seen |= 1L << q;
            }
        }
        long expected = 2L << (2 * targets.length);
        if (matrix == null || matrix.length != expected) {
            throw new IllegalArgumentException(where + " acts on " + targets.length + " qubits, so its matrix needs "
                    + expected + " doubles (interleaved re, im of " + (1 << targets.length) + "x"
                    + (1 << targets.length) + "); got " + (matrix == null ? "none" : matrix.length));
        }
    }

    static boolean isDiagonal(double[] m, int dim) {
        for (int r = 0; r < dim; r++) {
            for (int c = 0; c < dim; c++) {
                if (r != c && (m[2 * (r * dim + c)] != 0.0 || m[2 * (r * dim + c) + 1] != 0.0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** For each row the column of its single non-zero, or null when the matrix is no permutation. */
    static int[] permutationSource(double[] m, int dim) {
        int[] source = new int[dim];
        boolean[] used = new boolean[dim];
        for (int r = 0; r < dim; r++) {
            int found = -1;
            for (int c = 0; c < dim; c++) {
                if (m[2 * (r * dim + c)] != 0.0 || m[2 * (r * dim + c) + 1] != 0.0) {
                    if (found >= 0) {
                        return null;
                    }
                    found = c;
                }
            }
            if (found < 0 || used[found]) {
                return null;
            }
            used[found] = true;
            source[r] = found;
        }
        return source;
    }
}
