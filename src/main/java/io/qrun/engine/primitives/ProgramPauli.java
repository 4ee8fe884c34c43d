package io.qrun.engine.primitives;

import io.qrun.engine.sim.PauliString;

/**
 * A Pauli term of an observable carried over to the simulated (compacted) qubits. Label position
 * q is circuit qubit q; qubits the circuit never touches are not simulated and stay in |0>, where
 * I and Z read 1 and X and Y average 0: a term with X or Y there is {@link #vanishes()}.
 *
 * @param pauli    the term on program qubits (identity parts dropped)
 * @param vanishes true when the term has X or Y on an untouched qubit: its exact expectation is 0
 */
record ProgramPauli(PauliString pauli, boolean vanishes) {

    /**
     * @param label         the term's label, rightmost character = circuit qubit 0
     * @param circuitQubits program qubit i is circuit qubit circuitQubits[i]
     */
    static ProgramPauli map(String label, int[] circuitQubits) {
        int n = label.length();
        int[] programOf = new int[n];
        java.util.Arrays.fill(programOf, -1);
        for (int i = 0; i < circuitQubits.length; i++) {
            if (circuitQubits[i] < n) {
                programOf[circuitQubits[i]] = i;
            }
        }
        long x = 0;
        long z = 0;
        boolean vanishes = false;
        for (int q = 0; q < n; q++) {
            char c = label.charAt(n - 1 - q);
            if (c == 'I') {
                continue;
            }
            int p = programOf[q];
            if (p < 0) {
                if (c == 'X' || c == 'Y') {
                    vanishes = true;
                }
                continue; // Z on |0> reads +1
            }
            if (c == 'X' || c == 'Y') {
                x |= 1L << p;
            }
            if (c == 'Z' || c == 'Y') {
                z |= 1L << p;
            }
        }
        return new ProgramPauli(new PauliString(x, z), vanishes);
    }

    /** Expectation 1 for every state: the identity on the simulated qubits and no vanishing part. */
    boolean isIdentity() {
        return !vanishes && pauli.isIdentity();
    }
}
