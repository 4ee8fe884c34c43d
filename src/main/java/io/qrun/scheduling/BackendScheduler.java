package io.qrun.scheduling;

import io.qrun.application.execution.Executions;
import io.qrun.infrastructure.batch.ExecutionControl;
import io.qrun.domain.backend.Backend;
import io.qrun.application.backends.BackendRegistry;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One logical scheduler per backend. A pass decides what starts on the backend now; passes of
 * one backend never overlap (a per-backend lock), passes of different backends run in parallel.
 * A request that arrives while a pass runs is not lost: it marks the backend dirty and the
 * running pass goes round once more. So callers (submission, job end, cancel, resume, the clock)
 * never wait for one another -- the EJB container lock is off (bean-managed concurrency).
 *
 * <p>The decision itself is {@link Executions#pass}, in one transaction; this class only keeps
 * passes of one backend on this node from running into each other (other nodes are kept out by
 * the lease row's lock). Queued and ready jobs are rows, not threads: nothing waits in a thread
 * for the QPU.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackendScheduler {

    private static final Logger LOG = Logger.getLogger(BackendScheduler.class.getName());

    @Inject
    BackendRegistry registry;

    @Inject
    Executions executions;

    @Inject
    DecisionsRunner runner;

    @Inject
    ExecutionControl control;

    @Inject
    SchedulerPulse pulse;

    private final ConcurrentHashMap<String, Gate> gates = new ConcurrentHashMap<>();

    private static final class Gate {
        final ReentrantLock lock = new ReentrantLock();
        final AtomicBoolean dirty = new AtomicBoolean();
    }

    /** Asks for a scheduling pass on the backend; runs it on this thread unless one is running. */
    public void requestPass(String backend) {
        Gate gate = gates.computeIfAbsent(backend, b -> new Gate());
        gate.dirty.set(true);
        while (gate.dirty.get() && gate.lock.tryLock()) {
            try {
                while (gate.dirty.getAndSet(false)) {
                    pass(backend);
                }
            } finally {
                gate.lock.unlock();
            }
        }
    }

    public void requestPassOnAll() {
        for (Backend b : registry.allConfigured()) {
            requestPass(b.name());
        }
    }

    private void pass(String name) {
        try {
            Optional<Backend> backend = registry.configured(name);
            // the pause is checked inside the pass's transaction, under the lease lock
            if (backend.isEmpty() || control.isShuttingDown()) {
                pulse.passed(name);
                return; // a stopping application starts nothing: RestartRecovery resumes after the restart
            }
            runner.carryOut(executions.pass(name));
            pulse.passed(name);
        } catch (RuntimeException e) {
            pulse.failed(name, e);
            // the clock's next tick retries; a pass must never break its caller (an HTTP request, a timer)
            LOG.log(Level.WARNING, "Scheduling pass on backend " + name + " failed", e);
        }
    }
}
