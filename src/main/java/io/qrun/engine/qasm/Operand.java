package io.qrun.engine.qasm;

/**
 * A resolved operand: flat qubit (or bit) indices, and whether it was written as one element
 * ({@code q[3]}, {@code $3}, a scalar {@code qubit q}) or as a register or slice that broadcasts.
 */
record Operand(int[] indices, boolean single, Token at) {

    int size() {
        return indices.length;
    }
}
