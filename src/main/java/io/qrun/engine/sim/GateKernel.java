package io.qrun.engine.sim;

/**
 * A linear map on a few qubits, applied in place to the groups of its {@link QubitSubspace}. Each
 * group is read and written by exactly one call, so disjoint group ranges may run concurrently.
 * Subclasses hold the matrix in fields and allocate nothing per amplitude.
 */
abstract class GateKernel {

    protected final QubitSubspace subspace;

    GateKernel(QubitSubspace subspace) {
        this.subspace = subspace;
    }

    int groups() {
        return subspace.groups();
    }

    /** Qubits this kernel fixes; cache blocking needs them all below the block size. */
    QubitSubspace subspace() {
        return subspace;
    }

    /** Applies the map to groups [from, to) of the interleaved state {@code s}. */
    abstract void apply(double[] s, int from, int to);

    /**
     * Amplitude offsets of the 2^k target basis states from a group's base: bit j of the matrix
     * index belongs to targets[j].
     */
    static int[] targetOffsets(int[] targets) {
        int[] offsets = new int[1 << targets.length];
        for (int sub = 1; sub < offsets.length; sub++) {
            int low = Integer.numberOfTrailingZeros(sub);
            offsets[sub] = offsets[sub & (sub - 1)] | (1 << targets[low]);
        }
        return offsets;
    }
}
