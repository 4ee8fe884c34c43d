package io.qrun.infrastructure.persistence;

import io.qrun.domain.instance.InstanceRepository;
import io.qrun.domain.instance.Instance;
import io.qrun.domain.instance.InstanceShare;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Instances in the {@code qrun} persistence unit. Callers bring the transaction (an EJB, a
 * {@code @Transactional} bean or a batch step); reads work without one.
 */
@ApplicationScoped
public class JpaInstanceRepository implements InstanceRepository {

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    @Override
    public Optional<Instance> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Instance.class, id));
    }

    @Override
    public List<Instance> all() {
        return em.createQuery("select i from Instance i order by i.id", Instance.class).getResultList();
    }

    @Override
    public List<Instance> limited() {
        return em.createQuery("select i from Instance i where i.usageLimitSeconds is not null", Instance.class)
                .getResultList();
    }

    private static final String SHARES = "select new io.qrun.domain.instance.InstanceShare(i.id, i.share,"
            + " case when i.usageLimitSeconds is null then false else true end) from Instance i";

    @Override
    public List<InstanceShare> sharesOfLimitedOr(java.util.Collection<String> ids) {
        String limited = SHARES + " where i.usageLimitSeconds is not null";
        if (ids.isEmpty()) {
            return em.createQuery(limited, InstanceShare.class).getResultList();
        }
        return em.createQuery(limited + " or i.id in :ids", InstanceShare.class).setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public boolean exists(String id) {
        return find(id).isPresent();
    }

    @Override
    public Instance save(Instance instance) {
        if (em.contains(instance)) {
            return instance;
        }
        if (em.find(Instance.class, instance.getId()) == null) {
            em.persist(instance);
            return instance;
        }
        return em.merge(instance);
    }
}
