package io.qrun.engine.sim;

import static io.qrun.engine.sim.TestGates.CX;
import static io.qrun.engine.sim.TestGates.H;
import static io.qrun.engine.sim.TestGates.u;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole programs with known exact final states. */
class SimulatorCircuitsTest {

    private final Simulator sim = new Simulator(SimulatorConfig.defaults());

    @Test
    void bellStateHasAmplitudesOneOverSqrtTwo() {
        StateVector s = sim.finalState(TestGates.program(2, 0, false, u(H, 0), u(CX, 0, 1)));
        double a = 1 / Math.sqrt(2);
        assertEquals(a, s.re(0), 1e-15);
        assertEquals(0, s.re(1), 1e-15);
        assertEquals(0, s.re(2), 1e-15);
        assertEquals(a, s.re(3), 1e-15);
        for (int i = 0; i < 4; i++) {
            assertEquals(0, s.im(i), 1e-15);
        }
        assertEquals(0.5, s.probability(3), 1e-15);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 8, 12, 16, 20})
    void ghzStateHasTwoEqualAmplitudes(int n) {
        List<Op> ops = new ArrayList<>();
        ops.add(u(H, 0));
        for (int q = 1; q < n; q++) {
            ops.add(u(CX, q - 1, q));
        }
        StateVector s = sim.finalState(new Program(n, 0, ops, false));
        long all = (1L << n) - 1;
        double a = 1 / Math.sqrt(2);
        assertEquals(a, s.re(0), 1e-15);
        assertEquals(a, s.re(all), 1e-15);
        double rest = 0;
        for (long i = 1; i < all; i++) {
            rest += s.probability(i);
        }
        assertEquals(0, rest, 0);
    }

    @Test
    void ghzForEveryNFromThreeToTwenty() {
        for (int n = 3; n <= 20; n++) {
            List<Op> ops = new ArrayList<>();
            ops.add(u(H, n - 1));
            for (int q = n - 1; q > 0; q--) {
                // controls via ControlledUnitary this time: X on q-1 when q is 1
                ops.add(TestGates.cu(new int[] {q}, 1, TestGates.X, q - 1));
            }
            StateVector s = sim.finalState(new Program(n, 0, ops, false));
            assertEquals(0.5, s.probability(0), 1e-15, "n=" + n);
            assertEquals(0.5, s.probability((1L << n) - 1), 1e-15, "n=" + n);
        }
    }

    /** QFT|x> = 2^(-n/2) sum_y exp(2 pi i x y / 2^n) |y>, Qiskit's convention (with the final swaps). */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7})
    void qftOfABasisStateHasUniformMagnitudesAndTheRightPhasesAndInverts(int n) {
        int dim = 1 << n;
        for (int x : new int[] {0, 1, dim - 1, dim / 2 + (n > 2 ? 3 : 0)}) {
            List<Op> prep = new ArrayList<>();
            for (int q = 0; q < n; q++) {
                if ((x >> q & 1) == 1) {
                    prep.add(u(TestGates.X, q));
                }
            }
            List<Op> qft = qft(n);
            List<Op> ops = new ArrayList<>(prep);
            ops.addAll(qft);
            StateVector s = sim.finalState(new Program(n, 0, ops, false));
            double amp = 1 / Math.sqrt(dim);
            for (int y = 0; y < dim; y++) {
                double angle = 2 * Math.PI * ((long) x * y % dim) / dim;
                assertEquals(amp * Math.cos(angle), s.re(y), 1e-12, "x=" + x + " y=" + y);
                assertEquals(amp * Math.sin(angle), s.im(y), 1e-12, "x=" + x + " y=" + y);
            }
            ops.addAll(TestGates.inverse(qft));
            StateVector back = sim.finalState(new Program(n, 0, ops, false));
            for (int y = 0; y < dim; y++) {
                assertEquals(y == x ? 1.0 : 0.0, back.re(y), 1e-12);
                assertEquals(0.0, back.im(y), 1e-12);
            }
        }
    }

    static List<Op> qft(int n) {
        List<Op> ops = new ArrayList<>();
        for (int j = n - 1; j >= 0; j--) {
            ops.add(u(H, j));
            for (int k = j - 1; k >= 0; k--) {
                ops.add(TestGates.cu(new int[] {k}, 1, TestGates.p(Math.PI / (1 << (j - k))), j));
            }
        }
        for (int q = 0; q < n / 2; q++) {
            ops.add(u(TestGates.SWAP, q, n - 1 - q));
        }
        return ops;
    }

    @Test
    void rotationsGiveCosineSquaredProbabilities() {
        for (double theta : new double[] {0, 0.1, Math.PI / 3, Math.PI / 2, 2.0, Math.PI}) {
            StateVector ry = sim.finalState(TestGates.program(3, 0, false, u(TestGates.ry(theta), 1)));
            assertEquals(Math.pow(Math.cos(theta / 2), 2), ry.probability(0), 1e-15);
            assertEquals(Math.pow(Math.sin(theta / 2), 2), ry.probability(2), 1e-15);
            StateVector rx = sim.finalState(TestGates.program(3, 0, false, u(TestGates.rx(theta), 2)));
            assertEquals(Math.pow(Math.cos(theta / 2), 2), rx.probability(0), 1e-15);
            assertEquals(Math.pow(Math.sin(theta / 2), 2), rx.probability(4), 1e-15);
            assertEquals(-Math.sin(theta / 2), rx.im(4), 1e-15);
        }
    }

    @Test
    void rzAfterHadamardSetsTheRelativePhase() {
        double lambda = 0.9;
        StateVector s = sim.finalState(TestGates.program(1, 0, false, u(H, 0), u(TestGates.rz(lambda), 0)));
        double a = 1 / Math.sqrt(2);
        assertEquals(a * Math.cos(-lambda / 2), s.re(0), 1e-15);
        assertEquals(a * Math.sin(-lambda / 2), s.im(0), 1e-15);
        assertEquals(a * Math.cos(lambda / 2), s.re(1), 1e-15);
        assertEquals(a * Math.sin(lambda / 2), s.im(1), 1e-15);
    }

    @Test
    void negativeControlActsWhenTheControlIsZero() {
        // negctrl @ x: control state 0 -> flips qubit 1 on |00>
        StateVector s = sim.finalState(TestGates.program(2, 0, false, TestGates.cu(new int[] {0}, 0, TestGates.X, 1)));
        assertEquals(1.0, s.re(2), 0);
        StateVector none = sim.finalState(TestGates.program(2, 0, false, u(TestGates.X, 0),
                TestGates.cu(new int[] {0}, 0, TestGates.X, 1)));
        assertEquals(1.0, none.re(1), 0);
    }

    @Test
    void globalPhaseAndMeasureOpsInFinalState() {
        StateVector s = sim.finalState(TestGates.program(1, 1, false, new Op.GlobalPhase(Math.PI / 2),
                TestGates.measure(0, 0)));
        assertEquals(0.0, s.re(0), 1e-16);
        assertEquals(1.0, s.im(0), 0);
    }

    @Test
    void finalStateRejectsNonUnitaryOpsByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sim.finalState(TestGates.program(2, 1, true, u(H, 0), new Op.Reset(0))));
        assertEquals("The final state is defined for unitary programs only, but op 1 (Reset) is not unitary;"
                + " simulate it per shot with runTrajectory or sample", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sim.finalState(TestGates.program(2, 1, true,
                new Op.Depolarizing(new int[] {0}, 0.1))));
        assertThrows(IllegalArgumentException.class, () -> sim.finalState(TestGates.program(2, 1, true,
                new Op.ThermalRelaxation(0, 1e-4, 1e-4, 1e-7))));
        assertThrows(IllegalArgumentException.class, () -> sim.finalState(TestGates.program(2, 1, true,
                new Op.Conditional(new int[] {0}, 1, List.of(), List.of()))));
    }

    @Test
    void invalidProgramsGetMessagesThatNameTheOp() {
        IllegalArgumentException clbit = assertThrows(IllegalArgumentException.class,
                () -> sim.sample(TestGates.program(2, 1, false, TestGates.measure(0, 3)), 10, new java.util.SplittableRandom(1)));
        assertEquals("op 0 (Measure) uses clbit 3, outside 0..0 of the program", clbit.getMessage());
        IllegalArgumentException nested = assertThrows(IllegalArgumentException.class,
                () -> sim.runTrajectory(TestGates.program(2, 1, true, TestGates.measure(0, 0),
                        new Op.Conditional(new int[] {0}, 1, List.of(u(H, 5)), List.of())),
                        new java.util.SplittableRandom(1), new long[1]));
        assertEquals("op 1 (Conditional) then-branch op 0 (Unitary) uses qubit 5, outside 0..1 of the program",
                nested.getMessage());
        IllegalArgumentException prob = assertThrows(IllegalArgumentException.class,
                () -> sim.sample(TestGates.program(1, 1, false, new Op.Measure(0, 0, 1.5, 0)), 1,
                        new java.util.SplittableRandom(1)));
        assertEquals("op 0 (Measure): probMeas1Prep0 is 1.5; it must be a probability in [0, 1]", prob.getMessage());
    }
}
