package io.qrun.infrastructure.persistence;

import io.qrun.domain.queue.QueueCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * {@link QueueCounts} as one bulk update of the instance's row in the caller's transaction, which
 * locks that row until it ends: every other change of the same instance's count on the backend
 * waits for it, so the count moves exactly as the job rows do. The first job of an instance on a
 * backend finds no row; {@link QueueCountRows} creates it (in a transaction of its own, so that
 * two first jobs at once cannot both insert it), and the update runs again.
 */
@ApplicationScoped
public class JpaQueueCounts implements QueueCounts {

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    @Inject
    QueueCountRows rows;

    @Override
    public void entered(String backend, String instanceId) {
        if (add(backend, instanceId, 1) == 0) {
            PersistenceException insertFailed = null;
            try {
                rows.insert(backend, instanceId);
            } catch (PersistenceException e) {
                insertFailed = e;   // most likely another transaction inserted it first: the update finds it
            }
            if (add(backend, instanceId, 1) == 0) {
                throw new IllegalStateException("No queue count for instance " + instanceId + " on backend " + backend
                        + " after inserting it", insertFailed);
            }
        }
    }

    @Override
    public void left(String backend, String instanceId) {
        if (add(backend, instanceId, -1) == 0) {
            throw new IllegalStateException("No queue count for instance " + instanceId + " on backend " + backend
                    + ", which has a job leaving the queue");
        }
    }

    private int add(String backend, String instanceId, long delta) {
        return em.createQuery("update QueueCount c set c.queued = c.queued + :d where c.backend = :b and c.instanceId = :i")
                .setParameter("d", delta).setParameter("b", backend).setParameter("i", instanceId).executeUpdate();
    }
}
