package io.qrun.scheduling;

import io.qrun.application.jobs.BackendChanged;
import io.qrun.infrastructure.transactions.LeftoverTransactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Turns "something changed on a backend" into a scheduling pass, after the change is committed
 * and off the caller's thread (an HTTP request should not wait for a pass). Lost triggers are
 * harmless: the scheduler's clock runs a pass on every backend every tick.
 */
@ApplicationScoped
public class SchedulerTrigger {

    private static final Logger LOG = Logger.getLogger(SchedulerTrigger.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactions;

    @Inject
    BackendScheduler scheduler;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) BackendChanged change) {
        soon(change.backend());
    }

    /** Runs a pass on the backend soon, on a managed thread. */
    public void soon(String backend) {
        try {
            executor.execute(() -> {
                try {
                    scheduler.requestPass(backend);
                } finally {
                    LeftoverTransactions.rollBack(transactions, "The scheduling pass on " + backend);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.fine(() -> "Scheduling pass on " + backend + " left to the clock: " + e.getMessage());
        }
    }
}
