package io.qrun.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** One round trip to the database through the application's datasource, for the readiness check. */
@ApplicationScoped
public class DatabaseProbe {

    /** Milliseconds a ping may take before it counts as a failure. */
    static final int TIMEOUT_MILLIS = 3000;

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ping() {
        em.createNativeQuery("SELECT 1").setHint("jakarta.persistence.query.timeout", TIMEOUT_MILLIS).getSingleResult();
    }
}
