package io.qrun.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Inserts an instance's {@code queue_counts} row on a backend, at 0, in a transaction of its own,
 * committed at once, so the row is there for the caller's update. When another transaction
 * inserted it first, the insert fails on the key; {@link JpaQueueCounts} ignores that.
 */
@ApplicationScoped
public class QueueCountRows {

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(String backend, String instanceId) {
        em.createNativeQuery("insert into queue_counts (backend, instance_id, queued) values (?1, ?2, 0)")
                .setParameter(1, backend).setParameter(2, instanceId).executeUpdate();
    }
}
