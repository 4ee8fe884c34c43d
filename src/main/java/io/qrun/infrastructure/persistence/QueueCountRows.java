package io.qrun.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Inserts a stripe of an instance's {@code queue_counts} on a backend, at 0, in a transaction of its own,
 * committed at once, so the row is there for the caller's update. When another transaction
 * inserted it first, the insert fails on the key; {@link JpaQueueCounts} ignores that.
 */
@ApplicationScoped
public class QueueCountRows {

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(String backend, String instanceId, int stripe) {
        em.createNativeQuery("insert into queue_counts (backend, instance_id, stripe, queued) values (?1, ?2, ?3, 0)")
                .setParameter(1, backend).setParameter(2, instanceId).setParameter(3, stripe).executeUpdate();
    }
}
