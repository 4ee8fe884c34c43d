package io.qrun.engine.sim;

/**
 * Enumerates the amplitude groups an operation touches. The operation fixes some qubits (its
 * controls and targets); group g is the g-th assignment of the free qubits, and its base index is g
 * with a zero bit inserted at every fixed position, ORed with the control values. Iterating over
 * groups instead of amplitudes means no per-amplitude branching, and controlled operations visit
 * only the amplitudes whose controls match.
 */
final class QubitSubspace {

    private final int[] positions;   // fixed qubits, ascending
    private final int[] lowMasks;    // (1 << position) - 1
    private final int fixedValue;    // control bits that must be 1
    private final int count;
    private final int low0;
    private final int low1;
    private final int groups;

    /**
     * @param numQubits   qubits of the state
     * @param fixedQubits controls and targets (distinct, in range; validated by the caller)
     * @param fixedValue  bits that are set in every base index (controls that must read 1)
     */
    QubitSubspace(int numQubits, int[] fixedQubits, int fixedValue) {
        this.positions = fixedQubits.clone();
        java.util.Arrays.sort(positions);
        this.lowMasks = new int[positions.length];
        for (int j = 0; j < positions.length; j++) {
            lowMasks[j] = (1 << positions[j]) - 1;
        }
        this.fixedValue = fixedValue;
        this.count = positions.length;
        this.low0 = count > 0 ? lowMasks[0] : 0;
        this.low1 = count > 1 ? lowMasks[1] : 0;
        this.groups = 1 << (numQubits - positions.length);
    }

    int groups() {
        return groups;
    }

    /** Number of qubits the operation fixes (controls and targets). */
    int fixedCount() {
        return positions.length;
    }

    /** (1 << position) - 1 of the j-th lowest fixed qubit. */
    int lowMask(int j) {
        return lowMasks[j];
    }

    /** Highest fixed qubit, or -1 when the operation fixes none (a global phase). */
    int highestFixed() {
        return positions.length == 0 ? -1 : positions[positions.length - 1];
    }

    /**
     * True when qubit 0 is free: then groups 2h and 2h + 1 have bases b and b + 1, so two groups'
     * amplitudes sit side by side in the array (what the SIMD kernels load as one vector).
     */
    boolean adjacentPairs() {
        return positions.length == 0 || positions[0] > 0;
    }

    /** Base amplitude index of group g: every fixed target bit 0, every control at its value. */
    int base(int g) {
        // One and two fixed qubits cover almost every gate: their masks sit in fields (which the
        // JIT keeps in registers across a kernel's loop), not in the array.
        if (count == 1) {
            return insertZero(g, low0) | fixedValue;
        }
        if (count == 2) {
            return insertZero(insertZero(g, low0), low1) | fixedValue;
        }
        int b = g;
        for (int m : lowMasks) {
            b = insertZero(b, m);
        }
        return b | fixedValue;
    }

    /** Inserts a zero bit above the bits of {@code lowMask}. */
    static int insertZero(int value, int lowMask) {
        return ((value & ~lowMask) << 1) | (value & lowMask);
    }
}
