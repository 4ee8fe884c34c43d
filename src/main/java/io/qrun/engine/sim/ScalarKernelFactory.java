package io.qrun.engine.sim;

/** The plain-Java kernels: what runs when the JVM lacks the Vector API module. */
final class ScalarKernelFactory implements KernelFactory {

    static final ScalarKernelFactory INSTANCE = new ScalarKernelFactory();

    private ScalarKernelFactory() {}

    @Override
    public String description() {
        return "scalar kernels (" + FusedMultiplyAdd.description() + ")";
    }

    @Override
    public GateKernel denseOneQubit(QubitSubspace subspace, int target, double[] matrix) {
        return new DenseOneQubitKernel(subspace, target, matrix);
    }

    @Override
    public GateKernel denseTwoQubit(QubitSubspace subspace, int[] targets, double[] matrix) {
        return new DenseTwoQubitKernel(subspace, targets, matrix);
    }

    @Override
    public GateKernel diagonal(QubitSubspace subspace, int[] targets, double[] matrix) {
        return new DiagonalKernel(subspace, targets, matrix);
    }
}
