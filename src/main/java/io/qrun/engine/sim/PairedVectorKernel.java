package io.qrun.engine.sim;

/**
 * A vector kernel that handles two adjacent groups per step (qubit 0 free, {@link
 * QubitSubspace#adjacentPairs()}): an odd group at either end of a range goes to its scalar
 * twin, whose arithmetic is the same, and the even-aligned middle to {@link #applyPairs}.
 */
abstract class PairedVectorKernel extends GateKernel {

    private final GateKernel scalar;

    PairedVectorKernel(QubitSubspace subspace, GateKernel scalar) {
        super(subspace);
        if (!subspace.adjacentPairs()) {
            throw new IllegalArgumentException("the vector kernel needs qubit 0 free");
        }
        this.scalar = scalar;
    }

    @Override
    final void apply(double[] s, int from, int to) {
        if (from >= to) {
            return;
        }
        int g = from;
        if ((g & 1) != 0) {
            scalar.apply(s, g, g + 1);
            g++;
        }
        int end = to & ~1;
        if (g < end) {
            applyPairs(s, g, end);
        }
        if (end < to && end >= g) {
            scalar.apply(s, end, to);
        }
    }

    /** Applies the map to groups [from, to), both even. */
    abstract void applyPairs(double[] s, int from, int to);
}
