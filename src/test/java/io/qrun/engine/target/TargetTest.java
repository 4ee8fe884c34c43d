package io.qrun.engine.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void couplingIsDirected() {
        Target t = new Target("t", 3, Set.of("ecr"), Set.of(List.of(0, 1)), false, null, 0);
        assertTrue(t.isCoupled(0, 1));
        assertFalse(t.isCoupled(1, 0));
    }

    @Test
    void invalidTargetsAreRejectedWithTheReason() {
        assertEquals("Backend t: coupling map entry [0, 3] must be two different qubits in 0..2",
                assertThrows(IllegalArgumentException.class,
                        () -> new Target("t", 3, Set.of(), Set.of(List.of(0, 3)), false, null, 0)).getMessage());
        assertEquals("Backend t must have at least 1 qubit, got 0", assertThrows(IllegalArgumentException.class,
                () -> new Target("t", 0, Set.of(), Set.of(), true, null, 0)).getMessage());
    }

    @Test
    void calibrationLooksUpGatesByNameAndOrderedQubits() {
        GateProperties ecr01 = new GateProperties("ecr", new int[] {0, 1}, 7e-3, 660e-9);
        Calibration cal = new Calibration(List.of(new QubitProperties(1e-4, 8e-5, 0.01, 0.02, 1.2e-6)),
                List.of(ecr01, new GateProperties("sx", new int[] {0}, 2e-4, 35.5e-9)), 250e-6, Instant.EPOCH);
        assertEquals(ecr01, cal.gate("ecr", 0, 1).orElseThrow());
        assertTrue(cal.gate("ecr", 1, 0).isEmpty());
        assertEquals(2e-4, cal.gate("sx", 0).orElseThrow().error(), 0);
        assertEquals(0.015, cal.qubit(0).orElseThrow().readoutError(), 1e-15);
        assertTrue(cal.qubit(1).isEmpty());
        // the qubits array is copied: later changes to the caller's array do not leak in
        int[] q = {0};
        GateProperties x = new GateProperties("x", q, 0, 0);
        q[0] = 5;
        assertEquals(0, x.qubits()[0]);
    }

    @Test
    void impossibleCalibrationNumbersAreRejected() {
        assertEquals("prob_meas1_prep0 must be a probability in [0, 1], got 1.5", assertThrows(
                IllegalArgumentException.class, () -> new QubitProperties(1e-4, 1e-4, 1.5, 0, 1e-6)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new QubitProperties(0, 1e-4, 0, 0, 1e-6));
        assertThrows(IllegalArgumentException.class, () -> new GateProperties("x", new int[] {0}, -0.1, 1e-9));
    }
}
