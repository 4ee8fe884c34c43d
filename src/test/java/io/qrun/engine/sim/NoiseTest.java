package io.qrun.engine.sim;

import static io.qrun.engine.sim.TestGates.H;
import static io.qrun.engine.sim.TestGates.X;
import static io.qrun.engine.sim.TestGates.measure;
import static io.qrun.engine.sim.TestGates.u;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Noise channels by trajectories: statistics of many shots against the channel's exact action. */
class NoiseTest {

    private final Simulator sim = new Simulator(SimulatorConfig.defaults());
    private static final int SHOTS = 8000;

    private long ones(Program p, long seed, int clbit) {
        Shots shots = sim.sample(p, SHOTS, new SplittableRandom(seed));
        long k = 0;
        for (int s = 0; s < SHOTS; s++) {
            k += shots.bit(s, clbit) ? 1 : 0;
        }
        return k;
    }

    @Test
    void fullDepolarizingGivesTheMaximallyMixedState() {
        Program p = TestGates.program(1, 1, true, new Op.Depolarizing(new int[] {0}, 1.0), measure(0, 0));
        Stats.assertBinomial(ones(p, 1, 0), SHOTS, 0.5, "P(1) after lambda = 1");
        // a Z-basis state and an X-basis state alike
        Program plus = TestGates.program(1, 1, true, u(H, 0), new Op.Depolarizing(new int[] {0}, 1.0), u(H, 0),
                measure(0, 0));
        Stats.assertBinomial(ones(plus, 2, 0), SHOTS, 0.5, "P(-) after lambda = 1");
    }

    @Test
    void twoQubitDepolarizingIsUniformOverFourOutcomes() {
        Program p = TestGates.program(2, 2, true, u(X, 1), new Op.Depolarizing(new int[] {0, 1}, 1.0),
                measure(0, 0), measure(1, 1));
        Shots shots = sim.sample(p, SHOTS, new SplittableRandom(3));
        long[] c = new long[4];
        for (int s = 0; s < SHOTS; s++) {
            c[(int) shots.word(s, 0)]++;
        }
        Stats.assertTvd(c, new double[] {0.25, 0.25, 0.25, 0.25}, SHOTS, "two-qubit maximally mixed");
    }

    @Test
    void partialDepolarizingFlipsWithHalfLambda() {
        // X and Y flip |0>, I and Z do not: P(1) = lambda / 2
        Program p = TestGates.program(1, 1, true, new Op.Depolarizing(new int[] {0}, 0.3), measure(0, 0));
        Stats.assertBinomial(ones(p, 4, 0), SHOTS, 0.15, "P(1) after lambda = 0.3");
    }

    @Test
    void amplitudeDampingDecaysOneWithT1() {
        double t1 = 50e-6;
        double time = 30e-6;
        Program p = TestGates.program(1, 1, true, u(X, 0), new Op.ThermalRelaxation(0, t1, t1, time), measure(0, 0));
        Stats.assertBinomial(ones(p, 5, 0), SHOTS, Math.exp(-time / t1), "P(1) after relaxation");
    }

    @Test
    void amplitudeDampingDecaysOneWithT1InBothUnravellings() {
        double t1 = 50e-6;
        double time = 30e-6;
        // T2 <= T1: mixture of nothing, Z and reset; T2 > T1: amplitude-damping jumps
        for (double t2 : new double[] {20e-6, 50e-6, 70e-6, 100e-6}) {
            Program p = TestGates.program(2, 1, true, u(X, 0), u(H, 1), new Op.ThermalRelaxation(0, t1, t2, time),
                    measure(0, 0));
            Stats.assertBinomial(ones(p, 15, 0), SHOTS, Math.exp(-time / t1), "P(1) after relaxation, T2 = " + t2);
        }
    }

    @Test
    void coherenceDecaysWithT2AndT2IsClampedToTwiceT1() {
        double t1 = 100e-6;
        double time = 40e-6;
        for (double t2 : new double[] {30e-6, 80e-6, 100e-6, 150e-6, 500e-6}) {
            double effective = Math.min(t2, 2 * t1);
            Program p = TestGates.program(1, 1, true, u(H, 0), new Op.ThermalRelaxation(0, t1, t2, time), u(H, 0),
                    measure(0, 0));
            // <X> = exp(-t/T2) on |+>, so P(measure 1 after H) = (1 - exp(-t/T2)) / 2
            double p1 = (1 - Math.exp(-time / effective)) / 2;
            Stats.assertBinomial(ones(p, 6, 0), SHOTS, p1, "P(-) after dephasing, T2 = " + t2);
        }
    }

    @Test
    void relaxationKeepsTheStateNormalised() {
        Program p = TestGates.program(2, 0, true, u(H, 0), u(H, 1), new Op.ThermalRelaxation(0, 1e-5, 1.5e-5, 7e-6),
                new Op.ThermalRelaxation(1, 2e-5, 1e-5, 9e-6));
        SplittableRandom rng = new SplittableRandom(8);
        for (int t = 0; t < 100; t++) {
            StateVector s = sim.runTrajectory(p, rng, new long[0]);
            double norm = 0;
            for (int i = 0; i < 4; i++) {
                norm += s.probability(i);
            }
            assertEquals(1.0, norm, 1e-14);
        }
    }

    @Test
    void invalidNoiseParametersAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sim.sample(
                TestGates.program(1, 0, true, new Op.ThermalRelaxation(0, -1, 1, 1)), 1, new SplittableRandom(1)));
        assertEquals("op 0 (ThermalRelaxation) needs positive T1 and T2 (seconds; Infinity for none), got T1 = -1.0,"
                + " T2 = 1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sim.sample(
                TestGates.program(1, 0, true, new Op.Depolarizing(new int[] {0}, 1.5)), 1, new SplittableRandom(1)));
    }
}
