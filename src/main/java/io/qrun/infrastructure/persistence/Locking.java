package io.qrun.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

/** The one way rows are locked for a scheduling transaction. */
final class Locking {

    private static final Map<Class<?>, String> LOCK_STATEMENTS = new ConcurrentHashMap<>();

    private Locking() {
    }

    /**
     * The row, locked (SELECT ... FOR UPDATE, or the dialect's equivalent) and with its current
     * state. The lock is taken first, by a statement that checks no version, and the row is then
     * read under it: once, by the find when this transaction has no copy of it yet, or by a
     * refresh of the copy it read before (maybe before another lock was waited for), so a stale
     * copy is never locked. Changes this transaction made are flushed first, so the refresh keeps
     * them. Two statements either way: reading the row before the lock would make it three.
     *
     * <p>Not {@code refresh(entity, PESSIMISTIC_WRITE)}: for an entity with an eager collection
     * (a job's tags) Hibernate locks by a follow-on statement after the read, and that statement
     * checks the version it has just read; a change committed in between failed the lock with an
     * optimistic-lock error, which failed jobs under load on PostgreSQL.
     */
    static <T> T forUpdate(EntityManager em, Class<T> type, Object id) {
        em.flush();
        if (em.createNativeQuery(lockStatement(em, type)).setParameter(1, id).getResultList().isEmpty()) {
            return null; // no such row, or deleted meanwhile
        }
        boolean readBefore = isInPersistenceContext(em, type, id);
        T managed = em.find(type, id);
        if (readBefore) {
            em.refresh(managed);
        }
        return managed;
    }

    /** Whether this transaction's persistence context holds a copy of the row (without reading it). */
    private static boolean isInPersistenceContext(EntityManager em, Class<?> type, Object id) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
        return session.getPersistenceContextInternal().getEntity(session.generateEntityKey(id, persister)) != null;
    }

    private static String lockStatement(EntityManager em, Class<?> type) {
        return LOCK_STATEMENTS.computeIfAbsent(type, t -> {
            SessionFactoryImplementor factory = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
            AbstractEntityPersister persister =
                    (AbstractEntityPersister) factory.getMappingMetamodel().getEntityDescriptor(t);
            String id = persister.getIdentifierColumnNames()[0];
            return "select " + id + " from " + persister.getTableName() + " where " + id + " = ?"
                    + factory.getJdbcServices().getDialect().getWriteLockString(-1);
        });
    }
}
