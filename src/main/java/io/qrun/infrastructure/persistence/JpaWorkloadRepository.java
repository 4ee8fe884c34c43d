package io.qrun.infrastructure.persistence;

import io.qrun.domain.workload.Workload;
import io.qrun.domain.workload.WorkloadEvent;
import io.qrun.domain.workload.WorkloadMode;
import io.qrun.domain.workload.WorkloadRepository;
import io.qrun.domain.workload.WorkloadState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Workloads in the {@code qrun} unit; callers bring the transaction. */
@ApplicationScoped
public class JpaWorkloadRepository implements WorkloadRepository {

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    @Override
    public Optional<Workload> find(String id) {
        return Optional.ofNullable(em.find(Workload.class, id));
    }

    @Override
    public Optional<Workload> findForUpdate(String id) {
        return Optional.ofNullable(Locking.forUpdate(em, Workload.class, id));
    }

    @Override
    public void add(Workload workload) {
        em.persist(workload);
    }

    @Override
    public void addEvent(WorkloadEvent event) {
        em.persist(event);
    }

    @Override
    public List<WorkloadEvent> events(String workloadId) {
        return em.createQuery("select e from WorkloadEvent e where e.workloadId = :w order by e.at, e.id",
                WorkloadEvent.class).setParameter("w", workloadId).getResultList();
    }

    @Override
    public List<Workload> inState(String backend, WorkloadState state) {
        return em.createQuery("select w from Workload w where w.backend = :b and w.state = :s"
                        + " order by w.activatedAt, w.created", Workload.class)
                .setParameter("b", backend).setParameter("s", state).getResultList();
    }

    @Override
    public List<Workload> ofInstance(String instanceId, WorkloadState state) {
        return em.createQuery("select w from Workload w where w.instanceId = :i and w.state = :s", Workload.class)
                .setParameter("i", instanceId).setParameter("s", state).getResultList();
    }

    @Override
    public List<StateCount> countByState() {
        List<StateCount> counts = new ArrayList<>();
        for (Object[] row : em.createQuery("select w.backend, w.mode, w.state, count(w) from Workload w"
                + " group by w.backend, w.mode, w.state", Object[].class).getResultList()) {
            counts.add(new StateCount((String) row[0], (WorkloadMode) row[1], (WorkloadState) row[2], (Long) row[3]));
        }
        return counts;
    }

    @Override
    public List<Workload> withDeadlines() {
        return em.createQuery("select w from Workload w where w.state <> :closed and (w.maxTtlDeadline is not null"
                        + " or w.interactiveDeadline is not null or w.emptyCloseDeadline is not null)", Workload.class)
                .setParameter("closed", WorkloadState.CLOSED).getResultList();
    }

    @Override
    public List<Workload> search(String instanceId, WorkloadFilter f) {
        TypedQuery<Workload> q = em.createQuery("select w from Workload w" + where(instanceId, f)
                + " order by w.created desc, w.id desc", Workload.class);
        bind(q, instanceId, f);
        return q.setFirstResult(f.offset()).setMaxResults(f.limit()).getResultList();
    }

    @Override
    public long count(String instanceId, WorkloadFilter f) {
        TypedQuery<Long> q = em.createQuery("select count(w) from Workload w" + where(instanceId, f), Long.class);
        bind(q, instanceId, f);
        return q.getSingleResult();
    }

    private static String where(String instanceId, WorkloadFilter f) {
        List<String> c = new ArrayList<>();
        if (instanceId != null) {
            c.add("w.instanceId = :i");
        }
        if (f.state() != null) {
            c.add("w.state = :s");
        }
        if (f.mode() != null) {
            c.add("w.mode = :m");
        }
        if (f.backend() != null) {
            c.add("w.backend = :b");
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    private static void bind(TypedQuery<?> q, String instanceId, WorkloadFilter f) {
        if (instanceId != null) {
            q.setParameter("i", instanceId);
        }
        if (f.state() != null) {
            q.setParameter("s", f.state());
        }
        if (f.mode() != null) {
            q.setParameter("m", f.mode());
        }
        if (f.backend() != null) {
            q.setParameter("b", f.backend());
        }
    }
}
