package io.qrun.engine.primitives;

import java.util.List;

/**
 * A Hermitian observable as a real-weighted sum of Pauli strings. In a label the rightmost
 * character acts on qubit 0 (Qiskit's convention); every label of one observable has the same length.
 */
public record Observable(List<Term> terms) {

    /** One weighted Pauli string, e.g. ("XI", -0.5). */
    public record Term(String label, double coefficient) {

        /** The Pauli acting on qubit {@code q}: 'I', 'X', 'Y' or 'Z'. */
        public char pauliOn(int q) {
            return label.charAt(label.length() - 1 - q);
        }

        /** True when the label is all 'I' (its expectation is 1 for every state). */
        public boolean isIdentity() {
            return label.chars().allMatch(c -> c == 'I');
        }
    }

    public Observable {
        terms = List.copyOf(terms);
    }

    /** The number of qubits the labels span. */
    public int numQubits() {
        return terms.get(0).label().length();
    }

    /** The highest qubit a non-identity Pauli acts on, or -1 for a multiple of the identity. */
    public int highestQubitActedOn() {
        int highest = -1;
        for (Term t : terms) {
            for (int q = 0; q < t.label().length(); q++) {
                if (t.pauliOn(q) != 'I') {
                    highest = Math.max(highest, q);
                }
            }
        }
        return highest;
    }

    /** The label as written (a bare label or a short form of the sum), for messages. */
    public String describe() {
        if (terms.size() == 1 && terms.get(0).coefficient() == 1.0) {
            return "'" + terms.get(0).label() + "'";
        }
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < terms.size() && i < 4; i++) {
            sb.append(i > 0 ? ", " : "").append('\'').append(terms.get(i).label()).append("': ").append(terms.get(i).coefficient());
        }
        return sb.append(terms.size() > 4 ? ", ...}" : "}").toString();
    }
}
