package io.qrun.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kernel against the naive reference on random states, qubits and control patterns. */
class GateKernelTest {

    private static final double EPS = 1e-12;
    private final StateOps serial = new StateOps(new ParallelRunner(new SimulatorConfig(28, 28, 1)));

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void denseKernelsMatchReference(int k) {
        Random rnd = new Random(100 + k);
        for (int trial = 0; trial < 20; trial++) {
            int n = k + rnd.nextInt(4);
            double[] m = TestGates.randomUnitary(k, rnd);
            GateKernel kernel = check(n, new int[0], 0, TestGates.randomQubits(n, k, rnd), m, rnd);
            // the Vector API family's kernels are named Vector + the scalar kernel's name, except
            // its dense 2x2 and 4x4 with qubit 0 as a target
            String expected = k == 1 ? "DenseOneQubitKernel" : k == 2 ? "DenseTwoQubitKernel" : "DenseKernel";
            String actual = kernel.getClass().getSimpleName();
            assertTrue(actual.equals(expected) || actual.equals("Vector" + expected)
                    || k <= 2 && actual.equals("VectorQubitZeroKernel"), actual);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void controlledDenseKernelsVisitOnlyTheMatchingSubspace(int numControls) {
        Random rnd = new Random(200 + numControls);
        for (int trial = 0; trial < 20; trial++) {
            int k = 1 + rnd.nextInt(3);
            int n = k + numControls + rnd.nextInt(3);
            int[] qubits = TestGates.randomQubits(n, k + numControls, rnd);
            int[] controls = java.util.Arrays.copyOfRange(qubits, 0, numControls);
            int[] targets = java.util.Arrays.copyOfRange(qubits, numControls, qubits.length);
            long state = rnd.nextInt(1 << numControls); // mixes ctrl (1) and negctrl (0)
            check(n, controls, state, targets, TestGates.randomUnitary(k, rnd), rnd);
        }
    }

    @Test
    void diagonalMatricesUseTheDiagonalKernel() {
        Random rnd = new Random(3);
        for (int trial = 0; trial < 30; trial++) {
            int k = 1 + rnd.nextInt(3);
            int n = k + 1 + rnd.nextInt(4);
            double[] entries = new double[2 << k];
            for (int r = 0; r < (1 << k); r++) {
                double phase = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble() * 2 * Math.PI; // some exact 1s
                entries[2 * r] = phase == 0 ? 1 : Math.cos(phase);
                entries[2 * r + 1] = phase == 0 ? 0 : Math.sin(phase);
            }
            int numControls = rnd.nextInt(2);
            int[] qubits = TestGates.randomQubits(n, k + numControls, rnd);
            int[] controls = java.util.Arrays.copyOfRange(qubits, 0, numControls);
            int[] targets = java.util.Arrays.copyOfRange(qubits, numControls, qubits.length);
            GateKernel kernel = check(n, controls, rnd.nextInt(2), targets, TestGates.diag(entries), rnd);
            assertDiagonal(kernel);
        }
        assertDiagonal(check(4, new int[0], 0, new int[] {2}, TestGates.rz(0.3), rnd));
        assertDiagonal(check(4, new int[0], 0, new int[] {1, 3}, TestGates.CZ, rnd));
        assertDiagonal(check(4, new int[0], 0, new int[] {0}, TestGates.p(1.1), rnd));
    }

    @Test
    void permutationsWithAndWithoutPhasesUseThePermutationKernel() {
        Random rnd = new Random(4);
        assertInstanceOf(PermutationKernel.class, check(5, new int[0], 0, new int[] {3}, TestGates.X, rnd));
        assertInstanceOf(PermutationKernel.class, check(5, new int[0], 0, new int[] {0}, TestGates.Y, rnd));
        assertInstanceOf(PermutationKernel.class, check(5, new int[0], 0, new int[] {4, 1}, TestGates.CX, rnd));
        assertInstanceOf(PermutationKernel.class, check(5, new int[0], 0, new int[] {2, 0}, TestGates.SWAP, rnd));
        assertInstanceOf(PermutationKernel.class, check(5, new int[] {1, 3}, 0b10, new int[] {4}, TestGates.X, rnd));
        for (int trial = 0; trial < 20; trial++) {
            int k = 1 + rnd.nextInt(3);
            int n = k + rnd.nextInt(4);
            int dim = 1 << k;
            int[] perm = new int[dim];
            for (int i = 0; i < dim; i++) {
                perm[i] = i;
            }
            for (int i = dim - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
            }
            if (perm[0] == 0 && dim == 2) {
                perm = new int[] {1, 0};
            }
            boolean unitPhases = rnd.nextBoolean();
            double[] m = new double[2 * dim * dim];
            for (int r = 0; r < dim; r++) {
                double phase = unitPhases ? 0 : rnd.nextDouble() * 6;
                m[2 * (r * dim + perm[r])] = Math.cos(phase);
                m[2 * (r * dim + perm[r]) + 1] = Math.sin(phase);
            }
            boolean identity = true;
            for (int r = 0; r < dim; r++) {
                identity &= perm[r] == r;
            }
            GateKernel kernel = check(n, new int[0], 0, TestGates.randomQubits(n, k, rnd), m, rnd);
            Class<? extends GateKernel> expected = identity ? DiagonalKernel.class : PermutationKernel.class;
            assertEquals(expected, kernel.getClass());
        }
    }

    @Test
    void globalPhaseMultipliesEveryAmplitude() {
        Random rnd = new Random(5);
        double[] phase = {Math.cos(0.7), Math.sin(0.7)};
        double[] in = TestGates.randomState(4, rnd);
        StateVector s = StateVector.of(4, in);
        serial.apply(s, GateKernels.unitary(4, new int[0], phase, "phase"));
        for (int i = 0; i < 16; i++) {
            assertEquals(phase[0] * in[2 * i] - phase[1] * in[2 * i + 1], s.re(i), EPS);
            assertEquals(phase[0] * in[2 * i + 1] + phase[1] * in[2 * i], s.im(i), EPS);
        }
    }

    @Test
    void badOperandsAreNamed() {
        IllegalArgumentException outOfRange = assertThrows(IllegalArgumentException.class,
                () -> GateKernels.unitary(3, new int[] {3}, TestGates.X, "op 4 (Unitary)"));
        assertEquals("op 4 (Unitary) uses qubit 3, outside 0..2 of the program", outOfRange.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> GateKernels.controlled(3, new int[] {1}, 1, new int[] {1}, TestGates.X, "op 0 (ControlledUnitary)"));
        assertEquals("op 0 (ControlledUnitary) uses qubit 1 twice", twice.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> GateKernels.unitary(3, null, TestGates.X, "op 1 (Unitary)"));
        assertEquals("op 1 (Unitary) has no target qubit list (use an empty array for none)", none.getMessage());
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> GateKernels.unitary(3, new int[] {0, 1}, TestGates.X, "op 2 (Unitary)"));
        assertTrue(size.getMessage().startsWith("op 2 (Unitary) acts on 2 qubits, so its matrix needs 32 doubles"),
                size.getMessage());
    }

    /** A diagonal kernel of either family (the Vector API one is named VectorDiagonalKernel). */
    private static void assertDiagonal(GateKernel kernel) {
        String name = kernel.getClass().getSimpleName();
        assertTrue(name.equals("DiagonalKernel") || name.equals("VectorDiagonalKernel"), name);
    }

    /** Applies the kernel to a random state and compares with the reference; returns the kernel. */
    private GateKernel check(int n, int[] controls, long controlState, int[] targets, double[] m, Random rnd) {
        double[] in = TestGates.randomState(n, rnd);
        double[] expected = NaiveReference.apply(in, n, controls, controlState, targets, m);
        GateKernel kernel = GateKernels.controlled(n, controls, controlState, targets, m, "test");
        StateVector s = StateVector.of(n, in);
        serial.apply(s, kernel);
        for (int i = 0; i < (1 << n); i++) {
            assertEquals(expected[2 * i], s.re(i), EPS, "re " + i);
            assertEquals(expected[2 * i + 1], s.im(i), EPS, "im " + i);
        }
        return kernel;
    }
}
