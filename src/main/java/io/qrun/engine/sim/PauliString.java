package io.qrun.engine.sim;

/**
 * A Pauli operator on program qubits without a sign: qubit q carries X when only bit q of
 * {@code xMask} is set, Z when only bit q of {@code zMask} is set, Y when both are, I otherwise.
 * As an operator it equals i^(number of Y) * X^xMask * Z^zMask, since Y = iXZ.
 */
public record PauliString(long xMask, long zMask) {

    /** Largest label: masks are 64-bit. */
    public static final int MAX_QUBITS = 64;

    /**
     * Parses a label such as {@code "XIZY"}: the rightmost character is qubit 0 (Qiskit's order).
     * Identity-only labels ({@code "III"}) are accepted.
     */
    public static PauliString parse(String label) {
        if (label == null || label.isEmpty()) {
            throw new IllegalArgumentException("A Pauli label needs at least one of I, X, Y, Z; got "
                    + (label == null ? "null" : "an empty string"));
        }
        if (label.length() > MAX_QUBITS) {
            throw new IllegalArgumentException("The Pauli label has " + label.length()
                    + " characters; at most " + MAX_QUBITS + " qubits are supported");
        }
        long x = 0;
        long z = 0;
        int n = label.length();
        for (int pos = 0; pos < n; pos++) {
            char c = label.charAt(pos);
            long bit = 1L << (n - 1 - pos);
            switch (c) {
                case 'I' -> { }
                case 'X' -> x |= bit;
                case 'Z' -> z |= bit;
                case 'Y' -> { x |= bit; z |= bit; }
                default -> throw new IllegalArgumentException("Pauli label \"" + label + "\", character "
                        + (pos + 1) + ": expected one of I, X, Y, Z, found '" + c + "'");
            }
        }
        return new PauliString(x, z);
    }

    public int numY() {
        return Long.bitCount(xMask & zMask);
    }

    /** The qubits the operator acts on non-trivially. */
    public long support() {
        return xMask | zMask;
    }

    public boolean isIdentity() {
        return support() == 0;
    }

    /** The label on {@code numQubits} qubits, rightmost character qubit 0. */
    public String label(int numQubits) {
        StringBuilder sb = new StringBuilder(numQubits);
        for (int q = numQubits - 1; q >= 0; q--) {
            boolean x = (xMask >>> q & 1) != 0;
            boolean z = (zMask >>> q & 1) != 0;
            sb.append(x ? (z ? 'Y' : 'X') : (z ? 'Z' : 'I'));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        int width = Math.max(1, 64 - Long.numberOfLeadingZeros(support()));
        return label(width);
    }
}
