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

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SamplingTest {

    private final Simulator sim = new Simulator(SimulatorConfig.defaults());

    /** A random 5-qubit state from dense gates, every qubit measured into its own clbit. */
    private static Program randomProgram(boolean dynamic, long seed) {
        Random rnd = new Random(seed);
        List<Op> ops = new ArrayList<>();
        for (int layer = 0; layer < 4; layer++) {
            for (int q = 0; q < 5; q++) {
                ops.add(u(TestGates.randomUnitary(1, rnd), q));
            }
            ops.add(u(TestGates.randomUnitary(2, rnd), TestGates.randomQubits(5, 2, rnd)));
        }
        for (int q = 0; q < 5; q++) {
            ops.add(measure(q, q));
        }
        return new Program(5, 5, ops, dynamic);
    }

    private static long[] counts(Shots shots, int numClbits) {
        long[] c = new long[1 << numClbits];
        for (int s = 0; s < shots.numShots(); s++) {
            c[(int) shots.word(s, 0)]++;
        }
        return c;
    }

    @Test
    void shotsFollowTheBornDistribution() {
        Program p = randomProgram(false, 1);
        StateVector s = sim.finalState(p);
        double[] probs = new double[32];
        for (int i = 0; i < 32; i++) {
            probs[i] = s.probability(i);
        }
        int shots = 50_000;
        Stats.assertTvd(counts(sim.sample(p, shots, new SplittableRandom(42)), 5), probs, shots, "fast path");
        // the per-shot trajectory path must agree with the fast path
        Stats.assertTvd(counts(sim.sample(randomProgram(true, 1), 5000, new SplittableRandom(43)), 5), probs, 5000,
                "trajectories");
    }

    @Test
    void sampleDistributionIsNotTrivial() {
        // guards the TVD test: a wrong sampler (always index 0) must fail it
        double[] probs = new double[32];
        StateVector s = sim.finalState(randomProgram(false, 1));
        for (int i = 0; i < 32; i++) {
            probs[i] = s.probability(i);
        }
        long[] wrong = new long[32];
        wrong[0] = 1000;
        assertThrows(AssertionError.class, () -> Stats.assertTvd(wrong, probs, 1000, "all zero"));
    }

    @Test
    void measuredQubitsMapToTheirClbitsAndUnmeasuredClbitsStayZero() {
        // |q2 q1 q0> = |101>; q0 -> c3 and c1, q2 -> c0, q1 unmeasured, c2 unwritten
        Program p = TestGates.program(3, 5, false, u(X, 0), u(X, 2), measure(0, 3), measure(2, 0), measure(0, 1));
        Shots shots = sim.sample(p, 100, new SplittableRandom(1));
        assertEquals(1, shots.wordsPerShot());
        for (int s = 0; s < 100; s++) {
            assertEquals(0b01011, shots.word(s, 0));
        }
    }

    @Test
    void bellShotsAreCorrelatedAndBalanced() {
        Program p = TestGates.program(2, 2, false, u(H, 0), u(CX, 0, 1), measure(0, 0), measure(1, 1));
        int shots = 10_000;
        long[] c = counts(sim.sample(p, shots, new SplittableRandom(5)), 2);
        assertEquals(0, c[1] + c[2]);
        Stats.assertBinomial(c[3], shots, 0.5, "P(11)");
    }

    @Test
    void readoutErrorsFlipWithTheirOwnProbabilities() {
        int shots = 20_000;
        Program zero = TestGates.program(1, 1, false, new Op.Measure(0, 0, 0.1, 0.3));
        Program one = TestGates.program(1, 1, false, u(X, 0), new Op.Measure(0, 0, 0.1, 0.3));
        long[] z = counts(sim.sample(zero, shots, new SplittableRandom(11)), 1);
        long[] o = counts(sim.sample(one, shots, new SplittableRandom(12)), 1);
        Stats.assertBinomial(z[1], shots, 0.1, "P(read 1 | prepared 0)");
        Stats.assertBinomial(o[0], shots, 0.3, "P(read 0 | prepared 1)");
        // the trajectory path applies them too
        Program dynamicOne = TestGates.program(1, 1, true, u(X, 0), new Op.Measure(0, 0, 0.1, 0.3));
        long[] d = counts(sim.sample(dynamicOne, 5000, new SplittableRandom(13)), 1);
        Stats.assertBinomial(d[0], 5000, 0.3, "P(read 0 | prepared 1), trajectories");
    }

    @Test
    void sameSeedGivesTheSameShotsAndOtherSeedsDiffer() {
        Program p = randomProgram(false, 3);
        Shots a = sim.sample(p, 1000, new SplittableRandom(77));
        Shots b = sim.sample(p, 1000, new SplittableRandom(77));
        Shots c = sim.sample(p, 1000, new SplittableRandom(78));
        assertArrayEquals(a.words(), b.words());
        assertFalse(java.util.Arrays.equals(a.words(), c.words()));
    }

    @Test
    void shotOrderIsShuffledNotSorted() {
        Program p = TestGates.program(1, 1, false, u(H, 0), measure(0, 0));
        Shots shots = sim.sample(p, 1000, new SplittableRandom(4));
        int changes = 0;
        for (int s = 1; s < 1000; s++) {
            changes += shots.bit(s, 0) != shots.bit(s - 1, 0) ? 1 : 0;
        }
        // independent fair bits change about 500 times; sorted outcomes would change once
        Stats.assertBinomial(changes, 999, 0.5, "changes between consecutive shots");
    }

    @Test
    void manyShotsOnALargerState() {
        int n = 20;
        List<Op> ops = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            ops.add(u(TestGates.ry(0.3 + 0.1 * q), q));
        }
        ops.add(measure(n - 1, 0));
        ops.add(measure(0, 1));
        int shots = 100_000;
        Shots out = sim.sample(new Program(n, 2, ops, false), shots, new SplittableRandom(9));
        int top = 0;
        int bottom = 0;
        for (int s = 0; s < shots; s++) {
            top += out.bit(s, 0) ? 1 : 0;
            bottom += out.bit(s, 1) ? 1 : 0;
        }
        Stats.assertBinomial(top, shots, Math.pow(Math.sin((0.3 + 0.1 * (n - 1)) / 2), 2), "P(q19 = 1)");
        Stats.assertBinomial(bottom, shots, Math.pow(Math.sin(0.3 / 2), 2), "P(q0 = 1)");
    }

    @Test
    void zeroShotsAndZeroClbits() {
        Shots none = sim.sample(TestGates.program(2, 2, false, u(H, 0), measure(0, 0)), 0, new SplittableRandom(1));
        assertEquals(0, none.numShots());
        assertEquals(0, none.words().length);
        Shots noBits = sim.sample(TestGates.program(2, 0, false, u(H, 0)), 5, new SplittableRandom(1));
        assertEquals(0, noBits.wordsPerShot());
        assertThrows(IllegalArgumentException.class, () -> sim.sample(TestGates.program(1, 0, false), -1,
                new SplittableRandom(1)));
    }

    @Test
    void shotsRecordChecksItsShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Shots(3, 70, new long[3]));
        assertEquals("3 shots of 70 clbits need 6 words, got 3", e.getMessage());
        Shots s = new Shots(2, 70, new long[] {0, 0, 1L << 5, 1L << 1});
        assertEquals(true, s.bit(1, 5));
        assertEquals(true, s.bit(1, 65));
        assertEquals(false, s.bit(0, 65));
    }
}
