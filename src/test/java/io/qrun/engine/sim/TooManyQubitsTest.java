package io.qrun.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TooManyQubitsTest {

    private final Simulator sim = new Simulator(SimulatorConfig.defaults());

    @Test
    void fortyQubitsFailBeforeAnyAllocation() {
        // 2^40 amplitudes would be 16 TiB: reaching the allocation would be an OutOfMemoryError or a
        // NegativeArraySizeException, never this exception.
        Program p = new Program(40, 0, List.of(TestGates.u(TestGates.H, 39)), false);
        TooManyQubitsException e = assertThrows(TooManyQubitsException.class, () -> sim.finalState(p));
        assertEquals("The circuit needs 40 qubits; this server simulates at most 28 (qrun.engine.max-qubits)",
                e.getMessage());
        assertEquals(40, e.requested());
        assertEquals(28, e.max());
        assertThrows(TooManyQubitsException.class, () -> sim.sample(p, 10, new SplittableRandom(1)));
        assertThrows(TooManyQubitsException.class, () -> sim.runTrajectory(p, new SplittableRandom(1), new long[0]));
        assertThrows(TooManyQubitsException.class, () -> StateVector.zero(40));
    }

    @Test
    void theConfiguredLimitApplies() {
        Simulator small = new Simulator(SimulatorConfig.defaults().withMaxQubits(10));
        TooManyQubitsException e = assertThrows(TooManyQubitsException.class,
                () -> small.finalState(new Program(11, 0, List.of(), false)));
        assertEquals("The circuit needs 11 qubits; this server simulates at most 10 (qrun.engine.max-qubits)",
                e.getMessage());
        assertEquals(1.0, small.finalState(new Program(10, 0, List.of(), false)).re(0), 0);
    }

    @Test
    void aHeapTooSmallForTheStateIsReportedNotThrownAsOutOfMemory() {
        TooManyQubitsException e = TooManyQubitsException.heapTooSmall(28, 1, 1L << 30);
        assertEquals("The circuit needs 28 qubits (4096 MiB of state); this server's JVM heap (1024 MiB) holds"
                + " at most 26 qubits. Use fewer qubits, or raise the server's -Xmx", e.getMessage());
        assertEquals(26, e.max());
        long heap = Runtime.getRuntime().maxMemory();
        Assumptions.assumeTrue(heap < StateMemory.bytes(29), "the test JVM's heap holds a 29-qubit state");
        Simulator big = new Simulator(SimulatorConfig.defaults().withMaxQubits(29));
        TooManyQubitsException real = assertThrows(TooManyQubitsException.class,
                () -> big.finalState(new Program(29, 0, List.of(), false)));
        assertEquals(29, real.requested());
    }

    @Test
    void configIsValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SimulatorConfig(30, 14, 2));
        assertEquals("SimulatorConfig.maxQubits is 30; it must be between 1 and 29 (one Java array holds at most"
                + " 2^30 doubles)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SimulatorConfig(28, 14, 0));
        assertEquals(28, SimulatorConfig.defaults().maxQubits());
        assertEquals(14, SimulatorConfig.defaults().parallelThresholdQubits());
    }
}
