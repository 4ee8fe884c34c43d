package io.qrun.engine.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The dense 4x4 kernels with fused multiply-adds: the scalar kernel computes exactly the fma chain
 * written out here (bitwise, at one and three threads, with and without controls), stays within
 * rounding of the unfused kernel, and the Vector API kernel gives bitwise the scalar kernel's
 * state in both modes.
 */
class FusedMultiplyAddTest {

    private static final boolean MODULE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    private static final StateOps SERIAL = new StateOps(new ParallelRunner(new SimulatorConfig(28, 28, 1)));
    private static final StateOps PARALLEL = new StateOps(new ParallelRunner(new SimulatorConfig(28, 0, 3)));

    /** A random 4x4 case: n qubits, two targets, up to two controls. */
    private record Case(int n, int[] controls, int fixedValue, int[] targets, double[] m, double[] state) {
        QubitSubspace subspace() {
            int[] fixed = new int[controls.length + 2];
            System.arraycopy(controls, 0, fixed, 0, controls.length);
            System.arraycopy(targets, 0, fixed, controls.length, 2);
            return new QubitSubspace(n, fixed, fixedValue);
        }
    }

    private static Case randomCase(Random rnd) {
        int n = 3 + rnd.nextInt(9);
        int numControls = rnd.nextInt(Math.min(3, n - 1));
        int[] qubits = TestGates.randomQubits(n, 2 + numControls, rnd);
        int[] controls = Arrays.copyOfRange(qubits, 0, numControls);
        int fixedValue = 0;
        for (int c : controls) {
            fixedValue |= rnd.nextBoolean() ? 1 << c : 0;
        }
        return new Case(n, controls, fixedValue, Arrays.copyOfRange(qubits, numControls, qubits.length),
                TestGates.randomUnitary(2, rnd), TestGates.randomState(n, rnd));
    }

    /** Every amplitude of the 4x4 map, summed as one product and seven fma in column order. */
    private static double[] fmaReference(Case c) {
        double[] s = c.state().clone();
        double[] m = c.m();
        int mask = (1 << c.targets()[0]) | (1 << c.targets()[1]);
        int controlMask = 0;
        for (int q : c.controls()) {
            controlMask |= 1 << q;
        }
        int[] off = {0, 1 << c.targets()[0], 1 << c.targets()[1], mask};
        for (int base = 0; base < 1 << c.n(); base++) {
            if ((base & mask) != 0 || (base & controlMask) != c.fixedValue()) {
                continue;
            }
            double[] ar = new double[4], ai = new double[4];
            for (int j = 0; j < 4; j++) {
                ar[j] = s[2 * (base + off[j])];
                ai[j] = s[2 * (base + off[j]) + 1];
            }
            for (int r = 0; r < 4; r++) {
                double re = m[8 * r] * ar[0], im = m[8 * r] * ai[0];
                for (int col = 0; col < 4; col++) {
                    double mr = m[8 * r + 2 * col], mi = m[8 * r + 2 * col + 1];
                    if (col > 0) {
                        re = Math.fma(mr, ar[col], re);
                        im = Math.fma(mr, ai[col], im);
                    }
                    re = Math.fma(-mi, ai[col], re);
                    im = Math.fma(mi, ar[col], im);
                }
                s[2 * (base + off[r])] = re;
                s[2 * (base + off[r]) + 1] = im;
            }
        }
        return s;
    }

    private static double[] run(StateOps ops, Case c, GateKernel k) {
        StateVector v = StateVector.of(c.n(), c.state().clone());
        ops.apply(v, k);
        return v.amplitudes();
    }

    @Test
    void theScalarFmaKernelIsExactlyTheFmaChainAtOneAndThreeThreads() {
        Random rnd = new Random(23);
        for (int trial = 0; trial < 200; trial++) {
            Case c = randomCase(rnd);
            double[] expected = fmaReference(c);
            GateKernel k = new DenseTwoQubitKernel(c.subspace(), c.targets(), c.m(), true);
            assertArrayEquals(expected, run(SERIAL, c, k), "serial, trial " + trial);
            assertArrayEquals(expected, run(PARALLEL, c, k), "parallel, trial " + trial);
            // and within rounding of the unfused kernel
            double[] plain = run(SERIAL, c, new DenseTwoQubitKernel(c.subspace(), c.targets(), c.m(), false));
            for (int i = 0; i < plain.length; i++) {
                assertEquals(plain[i], expected[i], 1e-14, "fma against plain, trial " + trial + ", index " + i);
            }
        }
    }

    @Test
    void theVectorKernelIsBitwiseTheScalarKernelWithAndWithoutFma() {
        assumeTrue(MODULE, "needs --add-modules jdk.incubator.vector");
        Random rnd = new Random(29);
        int checked = 0;
        for (int trial = 0; trial < 200; trial++) {
            Case c = randomCase(rnd);
            if (!c.subspace().adjacentPairs()) {
                continue;   // the vector kernel needs qubit 0 free
            }
            for (boolean fma : new boolean[] {true, false}) {
                double[] expected = run(SERIAL, c, new DenseTwoQubitKernel(c.subspace(), c.targets(), c.m(), fma));
                GateKernel v = new VectorDenseTwoQubitKernel(c.subspace(), c.targets(), c.m(), fma);
                assertArrayEquals(expected, run(SERIAL, c, v), "serial, fma " + fma + ", trial " + trial);
                assertArrayEquals(expected, run(PARALLEL, c, v), "parallel, fma " + fma + ", trial " + trial);
                checked++;
            }
        }
        assertEquals(true, checked > 100, "only " + checked + " vector cases");
    }

    @Test
    void fmaIsOnExactlyWhenHotSpotCompilesItToTheCpuInstruction() {
        boolean useFma = "true".equals(java.lang.management.ManagementFactory
                .getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class).getVMOption("UseFMA").getValue());
        boolean disabled = "false".equalsIgnoreCase(System.getProperty(FusedMultiplyAdd.DISABLE_PROPERTY));
        assertEquals(useFma && !disabled, FusedMultiplyAdd.ENABLED);
    }

    @Test
    void theFactoriesUseTheJvmWideChoice() {
        QubitSubspace sub = new QubitSubspace(4, new int[] {1, 2}, 0);
        double[] m = TestGates.randomUnitary(2, new Random(3));
        GateKernel k = ScalarKernelFactory.INSTANCE.denseTwoQubit(sub, new int[] {1, 2}, m);
        assertEquals(FusedMultiplyAdd.ENABLED, ((DenseTwoQubitKernel) k).fma());
    }
}
