package io.qrun.engine.sim;

/**
 * Builds the kernels whose inner loops have a SIMD variant: dense 2x2, dense 4x4 and diagonal.
 * {@link ScalarKernelFactory} gives the plain-Java kernels; {@code VectorKernelFactory} the
 * Vector API ones, which do the same IEEE operations in the same order per amplitude, so both
 * families give bitwise the same state. {@link KernelFamily} chooses one per JVM.
 */
interface KernelFactory {

    /** Names the family in the log line at engine start. */
    String description();

    GateKernel denseOneQubit(QubitSubspace subspace, int target, double[] matrix);

    GateKernel denseTwoQubit(QubitSubspace subspace, int[] targets, double[] matrix);

    GateKernel diagonal(QubitSubspace subspace, int[] targets, double[] matrix);
}
