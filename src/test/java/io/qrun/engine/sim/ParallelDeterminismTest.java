package io.qrun.engine.sim;

import static io.qrun.engine.sim.TestGates.u;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Multi-threaded runs give bitwise the same states, expectation values and shots as one thread. */
class ParallelDeterminismTest {

    private static final int N = 16;
    private final Simulator serial = new Simulator(new SimulatorConfig(28, 28, 1));
    private final Simulator parallel = new Simulator(new SimulatorConfig(28, 0, 4));

    /** Every kernel kind on random qubits, including ones that split the state at high qubits. */
    private static List<Op> randomCircuit(long seed) {
        Random rnd = new Random(seed);
        List<Op> ops = new ArrayList<>();
        for (int layer = 0; layer < 6; layer++) {
            for (int q = 0; q < N; q++) {
                ops.add(u(TestGates.randomUnitary(1, rnd), q));
            }
            ops.add(u(TestGates.randomUnitary(2, rnd), TestGates.randomQubits(N, 2, rnd)));
            ops.add(u(TestGates.randomUnitary(3, rnd), TestGates.randomQubits(N, 3, rnd)));
            ops.add(u(TestGates.randomUnitary(5, rnd), TestGates.randomQubits(N, 5, rnd)));
            ops.add(u(TestGates.CX, TestGates.randomQubits(N, 2, rnd)));
            ops.add(u(TestGates.CZ, TestGates.randomQubits(N, 2, rnd)));
            ops.add(u(TestGates.rz(rnd.nextDouble()), rnd.nextInt(N)));
            int[] q = TestGates.randomQubits(N, 4, rnd);
            ops.add(TestGates.cu(new int[] {q[0], q[1], q[2]}, 0b101, TestGates.randomUnitary(1, rnd), q[3]));
        }
        return ops;
    }

    @Test
    void finalStatesAreBitwiseEqual() {
        Program p = new Program(N, 0, randomCircuit(1), false);
        StateVector a = serial.finalState(p);
        StateVector b = parallel.finalState(p);
        assertArrayEquals(a.amplitudes(), b.amplitudes());
        double norm = 0;
        for (long i = 0; i < a.dimension(); i++) {
            norm += a.probability(i);
        }
        assertEquals(1.0, norm, 1e-12);
    }

    @Test
    void expectationValuesAreBitwiseEqual() {
        StateVector s = serial.finalState(new Program(N, 0, randomCircuit(2), false));
        for (String label : new String[] {"ZZZZZZZZZZZZZZZZ", "XIIIIIIIIIIIIIIY", "IIIIIIIXYZIIIIII", "YYIIIIIIIIIIIIIX"}) {
            PauliString p = PauliString.parse(label);
            double a = serial.expectation(s, p);
            double b = parallel.expectation(s, p);
            assertEquals(Double.doubleToRawLongBits(a), Double.doubleToRawLongBits(b), label);
            assertTrue(Math.abs(a) <= 1 + 1e-12);
        }
    }

    @Test
    void shotsAreEqualForTheSameSeed() {
        List<Op> ops = randomCircuit(3);
        for (int q = 0; q < N; q++) {
            ops.add(TestGates.measure(q, q));
        }
        Program fast = new Program(N, N, ops, false);
        assertArrayEquals(serial.sample(fast, 20_000, new SplittableRandom(5)).words(),
                parallel.sample(fast, 20_000, new SplittableRandom(5)).words());
        List<Op> noisy = new ArrayList<>(randomCircuit(4));
        noisy.add(TestGates.measure(3, 0));
        noisy.add(new Op.Depolarizing(new int[] {3, 9}, 0.5));
        noisy.add(new Op.ThermalRelaxation(9, 1e-5, 1.2e-5, 4e-6));
        noisy.add(new Op.Reset(2));
        noisy.add(new Op.Conditional(new int[] {0}, 1, List.of(u(TestGates.H, 12)), List.of()));
        for (int q = 0; q < N; q++) {
            noisy.add(TestGates.measure(q, q));
        }
        Program dynamic = new Program(N, N, noisy, true);
        assertArrayEquals(serial.sample(dynamic, 30, new SplittableRandom(6)).words(),
                parallel.sample(dynamic, 30, new SplittableRandom(6)).words());
    }

    @Test
    void shotsOfSmallDynamicProgramsRunOnSeveralThreadsWithTheSameResult() {
        // 8 qubits: below the kernel threshold, so the shots themselves are spread over threads
        Simulator oneThread = new Simulator(new SimulatorConfig(28, 14, 1));
        Simulator fourThreads = new Simulator(new SimulatorConfig(28, 14, 4));
        Random rnd = new Random(9);
        List<Op> ops = new ArrayList<>();
        for (int layer = 0; layer < 3; layer++) {
            for (int q = 0; q < 8; q++) {
                ops.add(u(TestGates.randomUnitary(1, rnd), q));
                ops.add(new Op.Depolarizing(new int[] {q}, 0.05));
            }
            ops.add(u(TestGates.CX, layer, layer + 4));
            ops.add(new Op.ThermalRelaxation(layer, 5e-5, 6e-5, 1e-6));
        }
        for (int q = 0; q < 8; q++) {
            ops.add(new Op.Measure(q, q, 0.02, 0.03));
        }
        Program p = new Program(8, 8, ops, true);
        Shots a = oneThread.sample(p, 3001, new SplittableRandom(12));
        Shots b = fourThreads.sample(p, 3001, new SplittableRandom(12));
        assertArrayEquals(a.words(), b.words());
        long distinct = java.util.Arrays.stream(a.words()).distinct().count();
        assertTrue(distinct > 50, "shots vary: " + distinct + " distinct outcomes");
    }
}
