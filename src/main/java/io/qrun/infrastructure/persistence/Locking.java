package io.qrun.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** The one way rows are locked for a scheduling transaction. */
final class Locking {

    private Locking() {
    }

    /**
     * The row, locked (SELECT ... FOR UPDATE) and with its current state. A row already read in
     * this transaction (before another lock was waited for) is refreshed under the lock: locking
     * the stale copy would fail its version check after another transaction changed the row.
     * Changes this transaction made are flushed first, so the refresh keeps them.
     */
    static <T> T forUpdate(EntityManager em, Class<T> type, Object id) {
        T managed = em.find(type, id);
        if (managed == null) {
            return null;
        }
        em.flush();
        em.refresh(managed, LockModeType.PESSIMISTIC_WRITE);
        return managed;
    }
}
