package io.qrun.engine.sim;

/**
 * The Vector API kernels (256-bit DoubleVector, two complex amplitudes per vector) where they
 * apply, the scalar ones elsewhere: an op that fixes qubit 0 has no two adjacent groups, and a
 * diagonal that changes more than two amplitudes per group stays scalar. Loaded by {@link
 * KernelFamily} only when the JVM has the jdk.incubator.vector module.
 */
final class VectorKernelFactory implements KernelFactory {

    /**
     * @throws UnsupportedOperationException when the CPU has no 256-bit double vectors (the API
     *                                       would then emulate them, far slower than scalar code)
     */
    VectorKernelFactory() {
        if (jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.length() < 4) {
            throw new UnsupportedOperationException("the preferred double species has only "
                    + jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.length() + " lanes");
        }
    }

    @Override
    public String description() {
        return "Vector API kernels (jdk.incubator.vector, " + ComplexLanes.SPECIES.vectorBitSize()
                + "-bit DoubleVector; preferred species " + jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.length()
                + " lanes; " + FusedMultiplyAdd.description() + ")";
    }

    @Override
    public GateKernel denseOneQubit(QubitSubspace subspace, int target, double[] matrix) {
        return subspace.adjacentPairs()
                ? new VectorDenseOneQubitKernel(subspace, target, matrix)
                : new DenseOneQubitKernel(subspace, target, matrix);
    }

    @Override
    public GateKernel denseTwoQubit(QubitSubspace subspace, int[] targets, double[] matrix) {
        return subspace.adjacentPairs()
                ? new VectorDenseTwoQubitKernel(subspace, targets, matrix)
                : new DenseTwoQubitKernel(subspace, targets, matrix);
    }

    @Override
    public GateKernel diagonal(QubitSubspace subspace, int[] targets, double[] matrix) {
        DiagonalKernel scalar = new DiagonalKernel(subspace, targets, matrix);
        int changed = scalar.changedPerGroup();
        return subspace.adjacentPairs() && changed >= 1 && changed <= 2 ? new VectorDiagonalKernel(scalar) : scalar;
    }
}
