package io.qrun.scheduling;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last step of every task Qrun runs on a managed thread: a transaction that the task left
 * associated with the thread is rolled back. It happens when the application is undeployed while
 * a transactional call runs (its interceptors are gone before they could end it); left alone, the
 * transaction would keep its row locks -- a QPU lease, typically -- until the transaction timeout,
 * and the next deployment's restart recovery would wait for them in vain. Static, so that it works
 * when the deployment's beans no longer do.
 */
final class LeftoverTransactions {

    private static final Logger LOG = Logger.getLogger(LeftoverTransactions.class.getName());

    private LeftoverTransactions() {
    }

    static void rollBack(TransactionManager transactions, String task) {
        if (transactions == null) {
            return;
        }
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                LOG.warning(() -> task + " left a transaction on its thread; rolling it back");
                transactions.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not roll back the transaction " + task + " left", e);
        }
    }
}
