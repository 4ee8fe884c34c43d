package io.qrun.infrastructure.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import javax.transaction.xa.XAResource;
import org.junit.jupiter.api.Test;

/** A task's leftover transaction goes; the caller's stays, whatever the task did with the thread. */
class LeftoverTransactionsTest {

    @Test
    void aTransactionTheTaskLeftIsRolledBack() {
        FakeTransactions tm = new FakeTransactions();
        String result = LeftoverTransactions.around(tm, "task", () -> {
            tm.begin();
            return "done";
        });
        assertEquals("done", result);
        assertNull(tm.current);
        assertEquals(1, tm.rolledBack);
    }

    @Test
    void theCallersTransactionIsKept() {
        FakeTransactions tm = new FakeTransactions();
        tm.begin();
        Transaction caller = tm.current;
        LeftoverTransactions.around(tm, "task", () -> null);
        assertSame(caller, tm.current);
        assertEquals(0, tm.rolledBack);
    }

    @Test
    void aTransactionLeftInPlaceOfTheCallersIsRolledBackAndTheCallersResumed() {
        FakeTransactions tm = new FakeTransactions();
        tm.begin();
        Transaction caller = tm.current;
        LeftoverTransactions.around(tm, "task", () -> {
            tm.suspend();
            tm.begin();
            tm.current.status = Status.STATUS_MARKED_ROLLBACK; // an interceptor that died half-way
            return null;
        });
        assertSame(caller, tm.current);
        assertEquals(1, tm.rolledBack);
    }

    @Test
    void aCallersTransactionTheTaskSuspendedAndLeftOffIsResumed() {
        FakeTransactions tm = new FakeTransactions();
        tm.begin();
        Transaction caller = tm.current;
        LeftoverTransactions.around(tm, "task", () -> {
            tm.suspend(); // an interceptor that died before it could resume the caller's transaction
            return null;
        });
        assertSame(caller, tm.current);
        assertEquals(0, tm.rolledBack);
    }

    @Test
    void theEndOfABatchJobLeavesNoTransactionEvenOnAFailure() {
        FakeTransactions tm = new FakeTransactions();
        assertThrows(IllegalStateException.class, () -> LeftoverTransactions.leavingNone(tm, "end", () -> {
            tm.begin();
            throw new IllegalStateException("WELD-000229: the deployment is gone");
        }));
        assertNull(tm.current);
        assertEquals(1, tm.rolledBack);
    }

    @Test
    void withoutATransactionManagerTheTaskJustRuns() {
        assertEquals("done", LeftoverTransactions.around(null, "task", () -> "done"));
    }

    /** One thread's transaction association, as a transaction manager keeps it. */
    static final class FakeTransactions implements TransactionManager {
        FakeTransaction current;
        int rolledBack;

        @Override
        public void begin() {
            current = new FakeTransaction();
        }

        @Override
        public void commit() {
            current = null;
        }

        @Override
        public int getStatus() {
            return current == null ? Status.STATUS_NO_TRANSACTION : current.status;
        }

        @Override
        public Transaction getTransaction() {
            return current;
        }

        @Override
        public void resume(Transaction tobj) {
            current = (FakeTransaction) tobj;
        }

        @Override
        public void rollback() {
            rolledBack++;
            current = null;
        }

        @Override
        public void setRollbackOnly() {
            current.status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public void setTransactionTimeout(int seconds) {
        }

        @Override
        public Transaction suspend() {
            Transaction t = current;
            current = null;
            return t;
        }
    }

    static final class FakeTransaction implements Transaction {
        int status = Status.STATUS_ACTIVE;

        @Override
        public void commit() {
        }

        @Override
        public boolean delistResource(XAResource xaRes, int flag) {
            return false;
        }

        @Override
        public boolean enlistResource(XAResource xaRes) {
            return false;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void registerSynchronization(Synchronization sync) {
        }

        @Override
        public void rollback() {
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }
    }
}
