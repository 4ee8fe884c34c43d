package io.qrun.engine.sim;

/**
 * The Vector API kernels (256-bit DoubleVector, two complex amplitudes per vector) where they
 * apply, the scalar ones elsewhere. An op that fixes qubit 0 has no two adjacent groups: a dense
 * 2x2 or 4x4 with qubit 0 as a target then runs one group per step ({@link
 * VectorQubitZeroKernel}); one with a control on qubit 0, a diagonal that fixes qubit 0, and a
 * diagonal that changes more than two amplitudes per group stay scalar. Loaded by {@link
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
        if (subspace.adjacentPairs()) {
            return new VectorDenseOneQubitKernel(subspace, target, matrix);
        }
        return target == 0 ? new VectorQubitZeroKernel(subspace, matrix) : new DenseOneQubitKernel(subspace, target, matrix);
    }

    @Override
    public GateKernel denseTwoQubit(QubitSubspace subspace, int[] targets, double[] matrix) {
        if (subspace.adjacentPairs()) {
            return new VectorDenseTwoQubitKernel(subspace, targets, matrix);
        }
        return targets[0] == 0 || targets[1] == 0
                ? new VectorQubitZeroKernel(subspace, targets, matrix, FusedMultiplyAdd.ENABLED)
                : new DenseTwoQubitKernel(subspace, targets, matrix);
    }

    @Override
    public GateKernel diagonal(QubitSubspace subspace, int[] targets, double[] matrix) {
        DiagonalKernel scalar = new DiagonalKernel(subspace, targets, matrix);
        int changed = scalar.changedPerGroup();
        return subspace.adjacentPairs() && changed >= 1 && changed <= 2 ? new VectorDiagonalKernel(scalar) : scalar;
    }
}
