package io.qrun.infrastructure.persistence;

import io.qrun.domain.job.JobStatus;
import io.qrun.domain.queue.InstanceSet;
import io.qrun.domain.queue.QueueIndex;
import io.qrun.domain.queue.QueuedJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The queue reads of the fair-share order, each on an index of V14: {@code jobs_queue_instance}
 * (backend, status, instance, created, id) for one instance's jobs and oldest job,
 * {@code jobs_queue_age} (backend, status, created, id) for the oldest job of a set of instances;
 * the numbers of queued jobs per instance are kept in {@code queue_counts} (V16, {@link JpaQueueCounts}).
 */
@ApplicationScoped
public class JpaQueueIndex implements QueueIndex {

    private static final String QUEUED_JOB = "select new io.qrun.domain.queue.QueuedJob(j.id, j.instanceId, j.created,"
            + " j.sessionId) from Job j where j.backend = :b and j.status = :s";

    /*
     * Oldest first, spelled as the whole index prefix: the leading columns are fixed by the where
     * clause, so the order is the same, but H2 2.2 reads rows in index order (and stops at the
     * limit) only when the order by begins with the index's first columns; ordered by created
     * alone it read and sorted every queued job of the backend on every pass.
     */
    private static final String AGE_ORDER = "j.backend, j.status, j.created, j.id";
    private static final String INSTANCE_ORDER = "j.backend, j.status, j.instanceId, j.created, j.id";

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    @Override
    public Optional<QueuedJob> oldest(String backend, InstanceSet instances) {
        if (instances.isEmpty()) {
            return Optional.empty();
        }
        TypedQuery<QueuedJob> q = em.createQuery(QUEUED_JOB + amongArray(instances) + " order by " + AGE_ORDER,
                QueuedJob.class);
        return bindArray(q, backend, instances).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<QueuedJob> ofInstance(String backend, String instanceId, QueuedJob after, Set<String> skippedWorkloads,
                                      int limit) {
        StringBuilder jpql = new StringBuilder(QUEUED_JOB).append(" and j.instanceId = :i");
        if (after != null) {
            // the first condition bounds the index range; the second settles equal instants by id
            jpql.append(" and j.created >= :c and (j.created > :c or j.id > :id)");
        }
        if (!skippedWorkloads.isEmpty()) {
            jpql.append(" and (j.sessionId is null or j.sessionId not in :skipped)");
        }
        TypedQuery<QueuedJob> q = em.createQuery(jpql.append(" order by ").append(INSTANCE_ORDER).toString(), QueuedJob.class)
                .setParameter("b", backend).setParameter("s", JobStatus.QUEUED).setParameter("i", instanceId);
        if (after != null) {
            q.setParameter("c", after.created()).setParameter("id", after.jobId());
        }
        if (!skippedWorkloads.isEmpty()) {
            q.setParameter("skipped", skippedWorkloads);
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String backend, InstanceSet instances) {
        if (instances.isEmpty()) {
            return 0;
        }
        // a sum over the instances' kept counts (V16: a few rows per instance), not a count of the queue
        TypedQuery<Long> q = em.createQuery("select coalesce(sum(c.queued), 0) from QueueCount c where c.backend = :b"
                + among("c", instances), Long.class).setParameter("b", backend);
        return bindIds(q, instances).getSingleResult();
    }

    @Override
    public long countOlder(String backend, InstanceSet instances, QueuedJob than) {
        if (instances.isEmpty()) {
            return 0;
        }
        TypedQuery<Long> q = em.createQuery("select count(j) from Job j where j.backend = :b and j.status = :s"
                + among(instances) + " and j.created <= :c and (j.created < :c or j.id < :id)", Long.class);
        return bind(q, backend, instances).setParameter("c", than.created()).setParameter("id", than.jobId())
                .getSingleResult();
    }

    @Override
    public List<InstanceQueue> perInstance(String backend, InstanceSet instances) {
        if (instances.isEmpty()) {
            return List.of();
        }
        // the counts are kept (V16, the sum of each instance's stripes); each oldest job is the first entry of the
        // instance's range of jobs_queue_instance
        TypedQuery<Object[]> q = em.createQuery("select c.instanceId, (select min(j.created) from Job j"
                + " where j.backend = :b and j.status = :s and j.instanceId = c.instanceId), sum(c.queued)"
                + " from QueueCount c where c.backend = :b" + among("c", instances)
                + " group by c.instanceId having sum(c.queued) > 0", Object[].class)
                .setParameter("b", backend).setParameter("s", JobStatus.QUEUED);
        List<InstanceQueue> queues = new ArrayList<>();
        for (Object[] row : bindIds(q, instances).getResultList()) {
            // one statement reads the counts and the jobs in one snapshot, so a positive count has a
            // job; should they ever disagree, the instance is left out rather than failing the request
            if (row[1] != null) {
                queues.add(new InstanceQueue((String) row[0], (Instant) row[1], (Long) row[2]));
            }
        }
        return queues;
    }

    private static String among(InstanceSet instances) {
        return among("j", instances);
    }

    private static String among(String alias, InstanceSet instances) {
        if (instances.ids().isEmpty()) {
            return ""; // every instance
        }
        return " and " + alias + ".instanceId " + (instances.allBut() ? "not in" : "in") + " :ids";
    }

    /**
     * The set as one array parameter ({@link #bindArray}) rather than one parameter per id, for the walk's oldest
     * job: its first group leaves out every instance that used the QPU (hundreds), and a list that long cost a pick
     * more than all its other reads (Hibernate expands and translates the statement anew for each length of the
     * list, the database parses it anew and binds every id). The check per row is a linear search of the array, so
     * it suits a read that stops at its first match in the age index, not the counts, which test every row.
     */
    private static String amongArray(InstanceSet instances) {
        if (instances.ids().isEmpty()) {
            return "";
        }
        return " and function('array_contains', :ids, j.instanceId) = " + !instances.allBut();
    }

    private static <T> TypedQuery<T> bindArray(TypedQuery<T> q, String backend, InstanceSet instances) {
        q.setParameter("b", backend).setParameter("s", JobStatus.QUEUED);
        if (!instances.ids().isEmpty()) {
            q.setParameter("ids", instances.ids().toArray(String[]::new));
        }
        return q;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, String backend, InstanceSet instances) {
        q.setParameter("b", backend).setParameter("s", JobStatus.QUEUED);
        return bindIds(q, instances);
    }

    private static <T> TypedQuery<T> bindIds(TypedQuery<T> q, InstanceSet instances) {
        if (!instances.ids().isEmpty()) {
            q.setParameter("ids", instances.ids());
        }
        return q;
    }
}
