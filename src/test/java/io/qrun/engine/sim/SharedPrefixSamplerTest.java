package io.qrun.engine.sim;

import static io.qrun.engine.sim.TestGates.u;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Sharing the noiseless beginning of trajectories must not change a single shot: every shot equals
 * the plain trajectory run from the start with that shot's generator.
 */
class SharedPrefixSamplerTest {

    private static Program noisyProgram(int n, long seed) {
        Random rnd = new Random(seed);
        List<Op> ops = new ArrayList<>();
        double[] lambdas = {0.0, 0.01, 0.2, 1.0};
        for (int layer = 0; layer < 5; layer++) {
            for (int q = 0; q < n; q++) {
                ops.add(u(TestGates.randomUnitary(1, rnd), q));
                ops.add(new Op.Depolarizing(new int[] {q}, lambdas[rnd.nextInt(lambdas.length)]));
            }
            // mixture-form relaxations (T2 <= T1) are shared too; one with T2 > T1 ends the sharing
            ops.add(new Op.ThermalRelaxation(rnd.nextInt(n), 3e-5, 2e-5, 1e-6));
            if (layer == 3) {
                ops.add(new Op.ThermalRelaxation(rnd.nextInt(n), 3e-5, 5e-5, 2e-6));
            }
            int[] pair = TestGates.randomQubits(n, 2, rnd);
            ops.add(u(TestGates.CX, pair));
            ops.add(new Op.Depolarizing(pair, 0.05));
        }
        // after the shared part: relaxation, a mid-circuit measurement and feed-forward, more noise
        ops.add(new Op.ThermalRelaxation(0, 2e-5, 3e-5, 2e-6));
        ops.add(new Op.Measure(1, 0, 0.02, 0.05));
        ops.add(new Op.Conditional(new int[] {0}, 1, List.of(u(TestGates.X, 2)), List.of(u(TestGates.H, 2))));
        ops.add(new Op.Depolarizing(new int[] {2, 3}, 0.1));
        for (int q = 0; q < n; q++) {
            ops.add(new Op.Measure(q, q + 1, 0.01, 0.01));
        }
        return new Program(n, n + 1, ops, true);
    }

    private static void assertEveryShotIsItsPlainTrajectory(Simulator sim, Program p, int shots, long seed) {
        Shots sampled = sim.sample(p, shots, new SplittableRandom(seed));
        SplittableRandom master = new SplittableRandom(seed);
        long[] clbits = new long[Shots.wordsPerShot(p.numClbits())];
        Simulator reference = new Simulator(new SimulatorConfig(28, 28, 1));
        int distinct = 0;
        long previous = -1;
        for (int shot = 0; shot < shots; shot++) {
            reference.runTrajectory(p, new SplittableRandom(master.nextLong()), clbits);
            assertEquals(clbits[0], sampled.word(shot, 0), "shot " + shot);
            distinct += clbits[0] != previous ? 1 : 0;
            previous = clbits[0];
        }
        assertTrue(distinct > shots / 4, "the shots vary");
    }

    @Test
    void oneThreadGivesThePlainTrajectories() {
        assertEveryShotIsItsPlainTrajectory(new Simulator(new SimulatorConfig(28, 28, 1)), noisyProgram(6, 1), 400, 17);
    }

    @Test
    void severalThreadsGiveThePlainTrajectories() {
        assertEveryShotIsItsPlainTrajectory(new Simulator(new SimulatorConfig(28, 28, 3)), noisyProgram(7, 2), 401, 18);
    }

    @Test
    void parallelKernelsGiveThePlainTrajectories() {
        // 15 qubits above a threshold of 14: shots one after another, kernels split over threads
        assertEveryShotIsItsPlainTrajectory(new Simulator(new SimulatorConfig(28, 14, 2)), noisyProgram(15, 3), 60, 19);
    }

    @Test
    void weakNoiseStatisticsMatchTheNoiselessCircuitPlusFlips() {
        // X on q0 then depolarizing(0.3): P(read 0) = 0.3 / 2 (X and Y flip); shared prefix path
        Program p = TestGates.program(2, 1, true, u(TestGates.X, 0), new Op.Depolarizing(new int[] {0}, 0.3),
                u(TestGates.H, 1), new Op.Measure(0, 0, 0, 0));
        Shots shots = new Simulator(SimulatorConfig.defaults()).sample(p, 10_000, new SplittableRandom(4));
        int zeros = 0;
        for (int s = 0; s < 10_000; s++) {
            zeros += shots.bit(s, 0) ? 0 : 1;
        }
        Stats.assertBinomial(zeros, 10_000, 0.15, "P(0) after depolarizing 0.3");
    }
}
