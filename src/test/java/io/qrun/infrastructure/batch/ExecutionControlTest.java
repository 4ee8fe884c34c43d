package io.qrun.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ExecutionControlTest {

    @Test
    void aWaitEndsAtItsDeadlineWithoutASignal() throws Exception {
        ExecutionControl control = new ExecutionControl();
        Instant deadline = Instant.now().plusMillis(100);
        assertFalse(control.awaitStopUntil("job", deadline));
        assertFalse(Instant.now().isBefore(deadline));
        assertFalse(control.isStopSignalled("job"));
    }

    @Test
    void aSignalWakesAWaitLongBeforeItsDeadline() {
        ExecutionControl control = new ExecutionControl();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            CompletableFuture<Boolean> woken = CompletableFuture.supplyAsync(() -> {
                try {
                    return control.awaitStopUntil("job", Instant.now().plusSeconds(3600));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            control.signalStop("job");
            assertTrue(woken.get());
        });
        assertTrue(control.isStopSignalled("job"));
        control.forget("job");
        assertFalse(control.isStopSignalled("job"));
    }

    @Test
    void aSignalBeforeTheWaitIsNotLostAndOtherJobsAreUntouched() throws Exception {
        ExecutionControl control = new ExecutionControl();
        control.signalStop("a");
        assertTrue(control.awaitStopUntil("a", Instant.now().plusSeconds(3600)));
        assertFalse(control.awaitStopUntil("b", Instant.now().plusMillis(20)));
    }

    @Test
    void shutdownWakesEveryWaitAndEveryLaterOne() throws Exception {
        ExecutionControl control = new ExecutionControl();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return control.awaitStopUntil("x", Instant.now().plusSeconds(3600));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            // the waiter may or may not have created its latch yet: both paths must wake it
            while (!waiting.isDone() && !control.isStopSignalled("x")) {
                control.wakeAllForShutdown();
                Thread.onSpinWait();
            }
            assertTrue(waiting.get());
        });
        assertTrue(control.awaitStopUntil("y", Instant.now().plusSeconds(3600)));
    }
}
