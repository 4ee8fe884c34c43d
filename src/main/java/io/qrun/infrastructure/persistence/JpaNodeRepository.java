package io.qrun.infrastructure.persistence;

import io.qrun.domain.node.Node;
import io.qrun.domain.node.NodeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Nodes in the {@code qrun} unit; callers bring the transaction. */
@ApplicationScoped
public class JpaNodeRepository implements NodeRepository {

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    @Override
    public Optional<Node> findForUpdate(String id) {
        return Optional.ofNullable(em.find(Node.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(Node node) {
        em.persist(node);
    }

    @Override
    public void beat(String id, Instant now) {
        em.createQuery("update Node n set n.heartbeatAt = :now where n.id = :id")
                .setParameter("now", now).setParameter("id", id).executeUpdate();
    }

    @Override
    public List<Node> silentSince(Instant before) {
        return em.createQuery("select n from Node n where n.heartbeatAt < :t", Node.class)
                .setParameter("t", before).getResultList();
    }
}
