package io.qrun.engine.sim;

import java.util.Arrays;
import java.util.Random;

/**
 * Chooses, once per JVM, the kernel family every simulator uses, and logs the choice. The Vector
 * API kernels are used only when the boot layer has jdk.incubator.vector (the JVM was started with
 * {@code --add-modules jdk.incubator.vector}), the 256-bit species has hardware support (the
 * preferred species has at least 4 double lanes), this class's loader can load them (inside
 * WildFly the deployment must also see the module), and a trial run gives bitwise the scalar
 * result. Otherwise, or with {@code -Dqrun.engine.simd=false}, the scalar kernels run. Classes
 * that reference the module are only ever loaded by name from here.
 */
final class KernelFamily {

    static final String DISABLE_PROPERTY = "qrun.engine.simd";

    private static final System.Logger LOG = System.getLogger("io.qrun.engine.sim");
    private static final String VECTOR_FACTORY = "io.qrun.engine.sim.VectorKernelFactory";

    private static final KernelFactory ACTIVE = choose();

    private KernelFamily() {}

    /** The family in use; the first call logs which one. */
    static KernelFactory active() {
        return ACTIVE;
    }

    /** The Vector API family, or null (with the reason logged at debug level) when it cannot run here. */
    static KernelFactory vectorOrNull() {
        try {
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                return null;
            }
            KernelFactory f = (KernelFactory) Class.forName(VECTOR_FACTORY, true, KernelFamily.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
            return agreesWithScalar(f) ? f : null;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Vector API kernels unavailable", e);
            return null;
        }
    }

    private static KernelFactory choose() {
        KernelFactory vector = "false".equalsIgnoreCase(System.getProperty(DISABLE_PROPERTY)) ? null : vectorOrNull();
        KernelFactory chosen = vector != null ? vector : ScalarKernelFactory.INSTANCE;
        String why = vector != null ? ""
                : "false".equalsIgnoreCase(System.getProperty(DISABLE_PROPERTY)) ? " (-D" + DISABLE_PROPERTY + "=false)"
                : ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()
                ? " (start the JVM with --add-modules=jdk.incubator.vector for the Vector API kernels)"
                : " (jdk.incubator.vector is in the JVM but its kernels could not be loaded or verified here)";
        LOG.log(System.Logger.Level.INFO, "Qrun statevector engine: " + chosen.description() + why);
        return chosen;
    }

    /** A trial: one gate of each vector kernel on a small random state, bitwise against scalar. */
    private static boolean agreesWithScalar(KernelFactory f) {
        int n = 5;
        Random rnd = new Random(1);
        double[] a = new double[2 << n];
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextDouble() - 0.5;
        }
        double[] b = a.clone();
        double[] m2 = new double[32];
        for (int i = 0; i < m2.length; i++) {
            m2[i] = rnd.nextDouble() - 0.5;
        }
        double[] m1 = Arrays.copyOf(m2, 8);
        double[] diag = {0.6, 0.8, 0, 0, 0, 0, 0.8, -0.6};
        QubitSubspace one = new QubitSubspace(n, new int[] {2}, 0);
        QubitSubspace two = new QubitSubspace(n, new int[] {1, 3}, 0);
        GateKernel[] vector = {f.denseOneQubit(one, 2, m1), f.denseTwoQubit(two, new int[] {1, 3}, m2),
                f.diagonal(one, new int[] {2}, diag)};
        GateKernel[] scalar = {new DenseOneQubitKernel(one, 2, m1), new DenseTwoQubitKernel(two, new int[] {1, 3}, m2),
                new DiagonalKernel(one, new int[] {2}, diag)};
        for (int k = 0; k < vector.length; k++) {
            vector[k].apply(a, 0, vector[k].groups());
            scalar[k].apply(b, 0, scalar[k].groups());
        }
        return Arrays.equals(a, b);
    }
}
