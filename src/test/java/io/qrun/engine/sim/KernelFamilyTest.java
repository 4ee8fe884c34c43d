package io.qrun.engine.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Vector API kernels give bitwise the scalar kernels' states, for every kernel shape they
 * cover, at one and at several threads, and with ranges that start or end on an odd group. Surefire
 * runs with --add-modules jdk.incubator.vector; run without it (-Dqrun.vector.flag=) the family
 * must fall back to scalar.
 */
class KernelFamilyTest {

    private static final boolean MODULE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    @Test
    void theVectorFamilyIsActiveExactlyWhenTheModuleIsPresent() {
        if (MODULE && System.getProperty(KernelFamily.DISABLE_PROPERTY) == null) {
            assertNotNull(KernelFamily.vectorOrNull(), "module present but vector kernels unavailable");
            assertEquals("VectorKernelFactory", KernelFamily.active().getClass().getSimpleName());
        } else {
            assertSame(ScalarKernelFactory.INSTANCE, KernelFamily.active());
        }
    }

    @Test
    void vectorKernelsAreBitwiseTheScalarKernels() {
        assumeTrue(MODULE, "needs --add-modules jdk.incubator.vector");
        KernelFactory vector = KernelFamily.vectorOrNull();
        assertNotNull(vector);
        Random rnd = new Random(17);
        StateOps serial = new StateOps(new ParallelRunner(new SimulatorConfig(28, 28, 1)));
        StateOps parallel = new StateOps(new ParallelRunner(new SimulatorConfig(28, 0, 3)));
        int vectorKernels = 0;
        for (int trial = 0; trial < 300; trial++) {
            int n = 3 + rnd.nextInt(9);
            int kind = rnd.nextInt(4);
            int k = kind == 1 ? 2 : 1;
            int numControls = rnd.nextInt(Math.min(3, n - k));
            int[] qubits = TestGates.randomQubits(n, k + numControls, rnd);
            int[] controls = Arrays.copyOfRange(qubits, 0, numControls);
            int[] targets = Arrays.copyOfRange(qubits, numControls, qubits.length);
            long controlState = rnd.nextInt(1 << numControls);
            double[] m = switch (kind) {
                case 0, 1 -> TestGates.randomUnitary(k, rnd);
                case 2 -> TestGates.rz(rnd.nextDouble() * 6);
                default -> TestGates.p(rnd.nextDouble() * 6);
            };
            GateKernel v = GateKernels.controlled(n, controls, controlState, targets, m, "v", vector);
            GateKernel s = GateKernels.controlled(n, controls, controlState, targets, m, "s", ScalarKernelFactory.INSTANCE);
            if (v.getClass().getSimpleName().startsWith("Vector")) {
                vectorKernels++;
            }
            double[] in = TestGates.randomState(n, rnd);
            double[] expected = in.clone();
            s.apply(expected, 0, s.groups());
            StateVector one = StateVector.of(n, in);
            serial.apply(one, v);
            assertArrayEquals(expected, one.amplitudes(), "serial, trial " + trial);
            StateVector many = StateVector.of(n, in);
            parallel.apply(many, v);
            assertArrayEquals(expected, many.amplitudes(), "parallel, trial " + trial);
            // odd boundaries: [0, a), [a, b), [b, groups) with a and b random
            double[] pieces = in.clone();
            int groups = v.groups();
            int a = rnd.nextInt(groups + 1);
            int b = a + rnd.nextInt(groups - a + 1);
            v.apply(pieces, 0, a);
            v.apply(pieces, a, b);
            v.apply(pieces, b, groups);
            assertArrayEquals(expected, pieces, "split at " + a + ", " + b + ", trial " + trial);
        }
        assertEquals(true, vectorKernels > 100, "only " + vectorKernels + " vector kernels were exercised");
    }
}
