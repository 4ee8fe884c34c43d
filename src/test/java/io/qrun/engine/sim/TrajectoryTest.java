package io.qrun.engine.sim;

import static io.qrun.engine.sim.TestGates.CX;
import static io.qrun.engine.sim.TestGates.H;
import static io.qrun.engine.sim.TestGates.X;
import static io.qrun.engine.sim.TestGates.measure;
import static io.qrun.engine.sim.TestGates.u;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Mid-circuit measurement, collapse, reset and classical feed-forward, one trajectory at a time. */
class TrajectoryTest {

    private final Simulator sim = new Simulator(SimulatorConfig.defaults());

    @Test
    void measurementCollapsesTheBellPartner() {
        Program p = TestGates.program(2, 1, true, u(H, 0), u(CX, 0, 1), measure(0, 0));
        int ones = 0;
        SplittableRandom rng = new SplittableRandom(7);
        for (int t = 0; t < 400; t++) {
            long[] c = new long[1];
            StateVector s = sim.runTrajectory(p, rng, c);
            int b = (int) c[0];
            assertEquals(1.0, s.probability(b == 1 ? 3 : 0), 1e-15);
            assertEquals(1.0, Math.abs(s.re(b == 1 ? 3 : 0)), 1e-15); // renormalised
            ones += b;
        }
        Stats.assertBinomial(ones, 400, 0.5, "P(1) of a Bell half");
    }

    @Test
    void measuringABasisStateIsDeterministicAndLeavesItAlone() {
        Program p = TestGates.program(3, 3, true, u(X, 1), measure(0, 0), measure(1, 1), measure(2, 2));
        long[] c = new long[1];
        StateVector s = sim.runTrajectory(p, new SplittableRandom(1), c);
        assertEquals(0b010, c[0]);
        assertEquals(1.0, s.re(2), 0);
    }

    /**
     * Teleportation: q0 = ry(theta)|0> is moved to q2 with two measurements and two conditionals.
     * In every trajectory q2 ends in exactly ry(theta)|0>, whatever was measured.
     */
    @Test
    void teleportationMovesTheStateExactlyInEveryTrajectory() {
        double theta = 1.1;
        Program p = teleport(theta, false);
        SplittableRandom rng = new SplittableRandom(2024);
        int[] seen = new int[4];
        for (int t = 0; t < 200; t++) {
            long[] c = new long[1];
            StateVector s = sim.runTrajectory(p, rng, c);
            int m = (int) c[0] & 3;
            seen[m]++;
            // q0, q1 sit in |m>; q2 carries the state
            assertEquals(Math.cos(theta / 2), s.re(m), 1e-12);
            assertEquals(Math.sin(theta / 2), s.re(m | 4), 1e-12);
            assertEquals(Math.cos(theta), sim.expectation(s, PauliString.parse("ZII")), 1e-12);
            assertEquals(Math.sin(theta), sim.expectation(s, PauliString.parse("XII")), 1e-12);
        }
        for (int m = 0; m < 4; m++) {
            assertTrue(seen[m] > 20, "every measurement outcome occurs: " + java.util.Arrays.toString(seen));
        }
    }

    @Test
    void teleportedQubitStatisticsOverShots() {
        double theta = 2.0;
        int shots = 4000;
        Shots shotsOut = sim.sample(teleport(theta, true), shots, new SplittableRandom(99));
        int ones = 0;
        for (int s = 0; s < shots; s++) {
            ones += shotsOut.bit(s, 2) ? 1 : 0;
        }
        Stats.assertBinomial(ones, shots, Math.pow(Math.sin(theta / 2), 2), "teleported P(1)");
    }

    private static Program teleport(double theta, boolean measureResult) {
        List<Op> ops = new java.util.ArrayList<>(List.of(
                u(TestGates.ry(theta), 0),
                u(H, 1), u(CX, 1, 2),
                u(CX, 0, 1), u(H, 0),
                measure(0, 0), measure(1, 1),
                new Op.Conditional(new int[] {1}, 1, List.of(u(X, 2)), List.of()),
                new Op.Conditional(new int[] {0}, 1, List.of(u(TestGates.Z, 2)), List.of())));
        if (measureResult) {
            ops.add(measure(2, 2));
        }
        return new Program(3, 3, ops, true);
    }

    @Test
    void conditionalComparesTheWholeRegisterValueAndTakesTheElseBranch() {
        // c = 0b10 after measuring |10>; "c == 2" applies X to q2, else branch applies X to q3
        Op cond = new Op.Conditional(new int[] {0, 1}, 2, List.of(u(X, 2)), List.of(u(X, 3)));
        long[] c = new long[1];
        StateVector s = sim.runTrajectory(TestGates.program(4, 2, true, u(X, 1), measure(0, 0), measure(1, 1), cond),
                new SplittableRandom(3), c);
        assertEquals(0b10, c[0]);
        assertEquals(1.0, s.re(0b0110), 0);
        StateVector other = sim.runTrajectory(TestGates.program(4, 2, true, u(X, 0), measure(0, 0), measure(1, 1), cond),
                new SplittableRandom(3), c);
        assertEquals(0b01, c[0]);
        assertEquals(1.0, other.re(0b1001), 0);
    }

    @Test
    void resetReturnsTheQubitToZeroWithoutTouchingTheOthers() {
        long[] c = new long[1];
        StateVector one = sim.runTrajectory(TestGates.program(2, 0, true, u(X, 0), u(X, 1), new Op.Reset(0)),
                new SplittableRandom(1), c);
        assertEquals(1.0, one.re(0b10), 0);
        SplittableRandom rng = new SplittableRandom(5);
        for (int t = 0; t < 50; t++) {
            StateVector s = sim.runTrajectory(TestGates.program(2, 0, true, u(H, 0), u(CX, 0, 1), new Op.Reset(0)), rng, c);
            // q1 collapsed to 0 or 1 with q0 reset: |00> or |10>
            assertEquals(1.0, s.probability(0b00) + s.probability(0b10), 1e-15);
            assertEquals(0.0, s.probability(0b01) + s.probability(0b11), 0);
        }
    }

    @Test
    void resetInTheMiddleThenReuse() {
        Program p = TestGates.program(1, 2, true, u(X, 0), measure(0, 0), new Op.Reset(0), u(H, 0), measure(0, 1));
        Shots shots = sim.sample(p, 2000, new SplittableRandom(8));
        int ones = 0;
        for (int s = 0; s < 2000; s++) {
            assertTrue(shots.bit(s, 0));
            ones += shots.bit(s, 1) ? 1 : 0;
        }
        Stats.assertBinomial(ones, 2000, 0.5, "H after reset");
    }

    @Test
    void clbitsBeyondTheFirstWordAreWritten() {
        long[] c = {-1L, -1L};
        sim.runTrajectory(TestGates.program(2, 70, true, u(X, 1), measure(1, 65), measure(0, 3)), new SplittableRandom(1), c);
        assertArrayEquals(new long[] {0L, 1L << 1}, c);
    }

    @Test
    void tooFewClbitWordsIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sim.runTrajectory(TestGates.program(1, 65, true, measure(0, 64)), new SplittableRandom(1), new long[1]));
        assertEquals("The program has 65 clbits, so clbits needs 2 words; got 1", e.getMessage());
    }

    @Test
    void sameSeedSameTrajectory() {
        Program p = teleport(0.3, true);
        long[] a = new long[1];
        long[] b = new long[1];
        for (long seed = 0; seed < 20; seed++) {
            sim.runTrajectory(p, new SplittableRandom(seed), a);
            sim.runTrajectory(p, new SplittableRandom(seed), b);
            assertEquals(a[0], b[0]);
        }
        assertFalse(a[0] < 0);
    }
}
