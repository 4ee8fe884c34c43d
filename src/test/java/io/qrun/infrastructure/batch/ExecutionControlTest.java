package io.qrun.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExecutionControlTest {

    @Test
    void aSignalStopsOnlyItsJobUntilForgotten() {
        ExecutionControl control = new ExecutionControl();
        control.signalStop("a");
        assertTrue(control.isStopSignalled("a"));
        assertFalse(control.isStopSignalled("b"));
        control.forget("a");
        assertFalse(control.isStopSignalled("a"));
    }

    @Test
    void shutdownStopsEveryJob() {
        ExecutionControl control = new ExecutionControl();
        control.stopAllForShutdown();
        assertTrue(control.isStopSignalled("any"));
        assertTrue(control.isShuttingDown());
    }
}
