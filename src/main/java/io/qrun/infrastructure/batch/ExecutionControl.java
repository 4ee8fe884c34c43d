package io.qrun.infrastructure.batch;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * In-memory stop signals for running jobs: what wakes a batch step that holds the QPU (waiting
 * out its modelled time) when the job is cancelled or must stop. The durable truth is the job
 * row's stop_requested column; the scheduler's clock re-signals from it, so a signal missed here
 * (another node, a race with the job's start) arrives within one tick.
 */
@ApplicationScoped
public class ExecutionControl {

    private final ConcurrentHashMap<String, CountDownLatch> signals = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    /**
     * The application is being undeployed (server shutdown, reload): wake every waiting step so
     * that no batch thread outlives the deployment holding a QPU. Those jobs have no stop request,
     * so they are re-queued (by the listener, or by RestartRecovery at the next start).
     */
    @PreDestroy
    void wakeAllForShutdown() {
        shuttingDown = true;
        signals.values().forEach(CountDownLatch::countDown);
    }

    /** True once the application is being undeployed: nothing new should start. */
    public boolean isShuttingDown() {
        return shuttingDown;
    }

    private CountDownLatch latch(String jobId) {
        return signals.computeIfAbsent(jobId, id -> new CountDownLatch(1));
    }

    /** Asks the job's batch steps to stop as soon as they can. Idempotent. */
    public void signalStop(String jobId) {
        latch(jobId).countDown();
    }

    public boolean isStopSignalled(String jobId) {
        if (shuttingDown) {
            return true;
        }
        CountDownLatch l = signals.get(jobId);
        return l != null && l.getCount() == 0;
    }

    /**
     * Waits until {@code deadline} or a stop signal, whichever comes first.
     *
     * @return true when woken by a stop signal
     */
    public boolean awaitStopUntil(String jobId, Instant deadline) throws InterruptedException {
        // the latch is in the map before the flag is read: either this wait sees the flag, or
        // the shutdown (which sets the flag before counting down) sees the latch
        CountDownLatch latch = latch(jobId);
        if (shuttingDown) {
            return true;
        }
        long nanos = Duration.between(Instant.now(), deadline).toNanos();
        if (nanos <= 0) {
            return latch.getCount() == 0;
        }
        return latch.await(nanos, TimeUnit.NANOSECONDS);
    }

    /** Drops the job's signal once its batch job has ended. */
    public void forget(String jobId) {
        signals.remove(jobId);
    }
}
