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
        this.groups = 1 << (numQubits - positions.length);
    }

    int groups() {
        return groups;
    }

    /** Number of qubits the operation fixes (controls and targets). */
    int fixedCount() {
        return positions.length;
    }

    /** Highest fixed qubit, or -1 when the operation fixes none (a global phase). */
    int highestFixed() {
        return positions.length == 0 ? -1 : positions[positions.length - 1];
    }

    /** Base amplitude index of group g: every fixed target bit 0, every control at its value. */
    int base(int g) {
        int b = g;
        // The lengths 1 and 2 cover almost every gate; unrolled they cost three ops per bit.
        switch (lowMasks.length) {
            case 0:
                break;
            case 1: {
                int m = lowMasks[0];
                b = ((b & ~m) << 1) | (b & m);
                break;
            }
            case 2: {
                int m0 = lowMasks[0];
                int m1 = lowMasks[1];
                b = ((b & ~m0) << 1) | (b & m0);
                b = ((b & ~m1) << 1) | (b & m1);
                break;
            }
            default:
                for (int m : lowMasks) {
                    b = ((b & ~m) << 1) | (b & m);
                }
        }
        return b | fixedValue;
    }
}
