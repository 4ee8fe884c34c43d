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

    /**
     * The dense 2x2 and 4x4 with qubit 0 as a target (one group per step, {@link
     * VectorQubitZeroKernel}): bitwise the scalar kernels, qubit 0 as either target of a 4x4, with
     * and without controls and fused multiply-adds, at one and three threads and on split ranges.
     */
    @Test
    void qubitZeroKernelsAreBitwiseTheScalarKernels() {
        assumeTrue(MODULE, "needs --add-modules jdk.incubator.vector");
        Random rnd = new Random(31);
        StateOps serial = new StateOps(new ParallelRunner(new SimulatorConfig(28, 28, 1)));
        StateOps parallel = new StateOps(new ParallelRunner(new SimulatorConfig(28, 0, 3)));
        for (int trial = 0; trial < 200; trial++) {
            int n = 3 + rnd.nextInt(9);
            int k = 1 + rnd.nextInt(2);
            int numControls = rnd.nextInt(Math.min(3, n - k));
            int[] rest = TestGates.randomQubits(n - 1, k - 1 + numControls, rnd);
            int[] controls = new int[numControls];
            int fixedValue = 0;
            for (int j = 0; j < numControls; j++) {
                controls[j] = rest[k - 1 + j] + 1;
                fixedValue |= rnd.nextBoolean() ? 1 << controls[j] : 0;
            }
            int[] targets = k == 1 ? new int[] {0} : rnd.nextBoolean() ? new int[] {0, rest[0] + 1} : new int[] {rest[0] + 1, 0};
            int[] fixed = new int[numControls + k];
            System.arraycopy(controls, 0, fixed, 0, numControls);
            System.arraycopy(targets, 0, fixed, numControls, k);
            QubitSubspace sub = new QubitSubspace(n, fixed, fixedValue);
            double[] m = TestGates.randomUnitary(k, rnd);
            boolean fma = rnd.nextBoolean();
            GateKernel scalar = k == 1 ? new DenseOneQubitKernel(sub, 0, m) : new DenseTwoQubitKernel(sub, targets, m, fma);
            GateKernel vector = k == 1 ? new VectorQubitZeroKernel(sub, m) : new VectorQubitZeroKernel(sub, targets, m, fma);
            double[] in = TestGates.randomState(n, rnd);
            double[] expected = in.clone();
            scalar.apply(expected, 0, scalar.groups());
            StateVector one = StateVector.of(n, in);
            serial.apply(one, vector);
            assertArrayEquals(expected, one.amplitudes(), "serial, trial " + trial);
            StateVector many = StateVector.of(n, in);
            parallel.apply(many, vector);
            assertArrayEquals(expected, many.amplitudes(), "parallel, trial " + trial);
            double[] pieces = in.clone();
            int a = rnd.nextInt(vector.groups() + 1);
            vector.apply(pieces, 0, a);
            vector.apply(pieces, a, vector.groups());
            assertArrayEquals(expected, pieces, "split at " + a + ", trial " + trial);
        }
        // the family picks it for exactly these shapes
        QubitSubspace two = new QubitSubspace(5, new int[] {3, 0}, 0);
        assertEquals("VectorQubitZeroKernel", KernelFamily.vectorOrNull()
                .denseTwoQubit(two, new int[] {3, 0}, TestGates.randomUnitary(2, rnd)).getClass().getSimpleName());
        QubitSubspace controlledOnZero = new QubitSubspace(5, new int[] {0, 2}, 1);
        assertEquals("DenseOneQubitKernel", KernelFamily.vectorOrNull()
                .denseOneQubit(controlledOnZero, 2, TestGates.randomUnitary(1, rnd)).getClass().getSimpleName());
    }
}
