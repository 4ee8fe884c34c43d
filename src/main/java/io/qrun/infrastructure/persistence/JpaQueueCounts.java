package io.qrun.infrastructure.persistence;

import io.qrun.domain.queue.QueueCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@link QueueCounts} as one bulk update of one stripe of the instance's count, in the caller's
 * transaction, which locks that row until it ends. An instance's count is the sum of its stripes,
 * so it moves exactly as the job rows do, whichever stripe each change goes to: a job entering the
 * queue goes to a stripe drawn at random, so 64 concurrent submissions of one instance mostly lock
 * different rows; a job leaving it goes to stripe 0. The first change of a stripe finds no
 * row; {@link QueueCountRows} creates it (in a transaction of its own, so that two first changes at
 * once cannot both insert it), and the update runs again.
 */
@ApplicationScoped
public class JpaQueueCounts implements QueueCounts {

    /** Rows per instance and backend. */
    static final int STRIPES = 64;

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    @Inject
    QueueCountRows rows;

    @Override
    public void entered(String backend, String instanceId, int jobs) {
        change(backend, instanceId, ThreadLocalRandom.current().nextInt(STRIPES), jobs);
    }

    /**
     * Always stripe 0: the scheduler's starts of a backend's jobs come one at a time, and stripe 0
     * is the one a migration fills, so a start seldom has to create a row.
     */
    @Override
    public void left(String backend, String instanceId) {
        change(backend, instanceId, 0, -1);
    }

    private void change(String backend, String instanceId, int stripe, long delta) {
        if (add(backend, instanceId, stripe, delta) == 0) {
            PersistenceException insertFailed = null;
            try {
                rows.insert(backend, instanceId, stripe);   // or another transaction inserted it first
            } catch (PersistenceException e) {
                insertFailed = e;   // not a duplicate key: the update tells whether the row is there anyway
            }
            if (add(backend, instanceId, stripe, delta) == 0) {
                throw new IllegalStateException("No queue count stripe " + stripe + " for instance " + instanceId
                        + " on backend " + backend + " after inserting it", insertFailed);
            }
        }
    }

    private int add(String backend, String instanceId, int stripe, long delta) {
        return em.createQuery("update QueueCount c set c.queued = c.queued + :d"
                        + " where c.backend = :b and c.instanceId = :i and c.stripe = :st")
                .setParameter("d", delta).setParameter("b", backend).setParameter("i", instanceId)
                .setParameter("st", stripe).executeUpdate();
    }
}
