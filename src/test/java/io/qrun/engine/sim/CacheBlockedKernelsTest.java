package io.qrun.engine.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cache-blocked runs of low-qubit gates give bitwise the same state as gate-by-gate application. */
class CacheBlockedKernelsTest {

    @Test
    void blockedRunsAreBitwiseEqualToGateByGate() {
        int n = 11;
        int block = 5;
        Random rnd = new Random(21);
        List<GateKernel> kernels = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int kind = rnd.nextInt(5);
            // mostly low qubits, so runs form; sometimes a high one, which must split the run
            int range = rnd.nextInt(4) == 0 ? n : block;
            if (kind == 0) {
                kernels.add(GateKernels.unitary(n, TestGates.randomQubits(range, 1, rnd), TestGates.randomUnitary(1, rnd), "u1"));
            } else if (kind == 1) {
                kernels.add(GateKernels.unitary(n, TestGates.randomQubits(range, 2, rnd), TestGates.randomUnitary(2, rnd), "u2"));
            } else if (kind == 2) {
                kernels.add(GateKernels.unitary(n, TestGates.randomQubits(range, 2, rnd), TestGates.CX, "cx"));
            } else if (kind == 3) {
                int[] q = TestGates.randomQubits(range, 3, rnd);
                kernels.add(GateKernels.controlled(n, new int[] {q[0], q[1]}, rnd.nextInt(4), new int[] {q[2]},
                        TestGates.randomUnitary(1, rnd), "ccu"));
            } else {
                kernels.add(GateKernels.unitary(n, new int[0], new double[] {Math.cos(0.3), Math.sin(0.3)}, "phase"));
            }
        }
        List<GateKernel> blocked = CacheBlockedKernels.group(kernels, n, block);
        assertTrue(blocked.size() < kernels.size() / 2, "runs were grouped: " + blocked.size());
        assertTrue(blocked.stream().anyMatch(k -> k instanceof CacheBlockedKernels));

        double[] init = TestGates.randomState(n, rnd);
        StateVector expected = StateVector.of(n, init);
        StateVector actual = StateVector.of(n, init);
        StateOps serial = new StateOps(new ParallelRunner(new SimulatorConfig(28, 28, 1)));
        StateOps parallel = new StateOps(new ParallelRunner(new SimulatorConfig(28, 0, 3)));
        for (GateKernel k : kernels) {
            serial.apply(expected, k);
        }
        for (GateKernel k : blocked) {
            parallel.apply(actual, k);
        }
        assertArrayEquals(expected.amplitudes(), actual.amplitudes());
    }

    @Test
    void smallStatesAndSingleGatesAreLeftAlone() {
        List<GateKernel> two = List.of(GateKernels.unitary(4, new int[] {0}, TestGates.H, "h"),
                GateKernels.unitary(4, new int[] {1}, TestGates.H, "h"));
        assertSame(two, CacheBlockedKernels.group(two, 4, 5));
        List<GateKernel> split = List.of(GateKernels.unitary(8, new int[] {0}, TestGates.H, "h"),
                GateKernels.unitary(8, new int[] {7}, TestGates.H, "h"),
                GateKernels.unitary(8, new int[] {1}, TestGates.H, "h"));
        assertEquals(split, CacheBlockedKernels.group(split, 8, 5));
    }
}
