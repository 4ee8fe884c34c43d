package io.qrun.infrastructure.transactions;

import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The last step of every task Qrun runs on a pooled thread -- a compute task, a scheduling pass, a
 * batch step or listener: a transaction that the task left associated with the thread is rolled
 * back. It happens when the application is undeployed while a transactional call runs (its
 * interceptors are gone before they could end it). Left alone, the transaction would keep its
 * row locks -- a QPU lease, typically -- until the transaction timeout, and the thread would carry
 * it into its next task: a batch thread then fails every later job's first repository write
 * ("Transaction cannot proceed: STATUS_MARKED_ROLLBACK"), leaving the job preprocessing for good.
 * Static, and the transaction manager found through JNDI, so that it works when the deployment's
 * beans no longer do.
 */
public final class LeftoverTransactions {

    private static final Logger LOG = Logger.getLogger(LeftoverTransactions.class.getName());
    private static final String JNDI_NAME = "java:jboss/TransactionManager";

    private static volatile TransactionManager found;

    private LeftoverTransactions() {
    }

    /** Rolls back whatever transaction is associated with the thread. */
    public static void rollBack(TransactionManager transactions, String task) {
        rollBackAllBut(transactions, null, task);
    }

    /**
     * Runs {@code work}, then rolls back a transaction it left on the thread, keeping the one the
     * thread had before (a caller's, if any).
     */
    public static <T> T around(String task, Supplier<T> work) {
        return around(transactionManager(), task, work);
    }

    static <T> T around(TransactionManager transactions, String task, Supplier<T> work) {
        Transaction before = current(transactions);
        try {
            return work.get();
        } finally {
            rollBackAllBut(transactions, before, task);
        }
    }

    /**
     * Runs {@code work}, then rolls back any transaction on the thread: for code that runs where no
     * caller's transaction can be (the end of a batch job, which JBeret runs without one).
     */
    public static <T> T leavingNone(String task, Supplier<T> work) {
        return leavingNone(transactionManager(), task, work);
    }

    static <T> T leavingNone(TransactionManager transactions, String task, Supplier<T> work) {
        try {
            return work.get();
        } finally {
            rollBackAllBut(transactions, null, task);
        }
    }

    private static void rollBackAllBut(TransactionManager transactions, Transaction keep, String task) {
        if (transactions == null) {
            return;
        }
        try {
            Transaction left = transactions.getTransaction();
            if (Objects.equals(left, keep)) {
                return;
            }
            if (left != null) {
                LOG.warning(() -> task + " left a transaction on its thread; rolling it back");
                transactions.rollback();
            }
            if (keep != null) {
                // the caller's transaction, suspended by the task and not resumed
                transactions.resume(keep);
            }
        } catch (SystemException | IllegalStateException | SecurityException
                 | jakarta.transaction.InvalidTransactionException e) {
            LOG.log(Level.WARNING, "Could not roll back the transaction " + task + " left", e);
        }
    }

    private static Transaction current(TransactionManager transactions) {
        try {
            return transactions == null ? null : transactions.getTransaction();
        } catch (SystemException e) {
            return null;
        }
    }

    private static TransactionManager transactionManager() {
        TransactionManager tm = found;
        if (tm == null) {
            try {
                tm = (TransactionManager) new InitialContext().lookup(JNDI_NAME);
                found = tm;
            } catch (NamingException | RuntimeException e) {
                // outside the server (unit tests): there are no transactions to leave behind
                return null;
            }
        }
        return tm;
    }
}
