package io.qrun.infrastructure.persistence;

import io.qrun.domain.job.JobRepository;
import io.qrun.domain.job.JobQuery;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobEvent;
import io.qrun.domain.job.JobLogLine;
import io.qrun.domain.job.JobResultRecord;
import io.qrun.domain.job.JobPhase;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.queue.QueuedJob;
import io.qrun.domain.workload.WorkloadMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Jobs and their events, results and log lines in the {@code qrun} unit; callers bring the transaction. */
@ApplicationScoped
public class JpaJobRepository implements JobRepository {

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    /** Placements never change: read once per job (about 10,000 jobs' worth, some 2 MB). */
    private final RecentPlacements placements = new RecentPlacements(10_000);

    @Override
    public Optional<Job> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Job.class, id));
    }

    /** The job, with a database lock against concurrent status changes in other transactions. */
    @Override
    public Optional<Placement> placement(String id) {
        Optional<Placement> known = placements.get(id);
        if (known.isPresent()) {
            return known;
        }
        Optional<Placement> read = em.createQuery("select j.backend, j.sessionId from Job j where j.id = :id", Object[].class)
                .setParameter("id", id).getResultStream().findFirst()
                .map(row -> new Placement((String) row[0], (String) row[1]));
        read.ifPresent(p -> placements.put(id, p));
        return read;
    }

    @Override
    public Optional<Job> findForUpdate(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(Locking.forUpdate(em, Job.class, id));
    }

    @Override
    public void add(Job job) {
        em.persist(job);
        placements.put(job.id(), new Placement(job.backend(), job.sessionId()));
    }

    @Override
    public void addEvent(JobEvent event) {
        em.persist(event);
    }

    @Override
    public void addLog(JobLogLine line) {
        em.persist(line);
    }

    @Override
    public void delete(Job job) {
        // results, events and log lines go with the row (ON DELETE CASCADE)
        em.createQuery("delete from JobResultRecord r where r.jobId = :id").setParameter("id", job.id()).executeUpdate();
        em.createQuery("delete from JobEvent e where e.jobId = :id").setParameter("id", job.id()).executeUpdate();
        em.createQuery("delete from JobLogLine l where l.jobId = :id").setParameter("id", job.id()).executeUpdate();
        em.remove(job);
    }

    @Override
    public List<JobEvent> events(String jobId) {
        return em.createQuery("select e from JobEvent e where e.jobId = :id order by e.at, e.id", JobEvent.class)
                .setParameter("id", jobId).getResultList();
    }

    @Override
    public List<JobLogLine> logs(String jobId) {
        return em.createQuery("select l from JobLogLine l where l.jobId = :id order by l.id", JobLogLine.class)
                .setParameter("id", jobId).getResultList();
    }

    @Override
    public Optional<JobResultRecord> result(String jobId) {
        return Optional.ofNullable(em.find(JobResultRecord.class, jobId));
    }

    @Override
    public boolean hasResult(String jobId) {
        return em.createQuery("select count(r) from JobResultRecord r where r.jobId = :id", Long.class)
                .setParameter("id", jobId).getSingleResult() > 0;
    }

    @Override
    public void addResult(JobResultRecord result) {
        em.persist(result);
    }

    @Override
    public void deleteResult(JobResultRecord result) {
        em.remove(result);
    }

    /** Queued jobs of a backend, as the picker needs them. */
    @Override
    public List<QueuedJob> queued(String backend) {
        return em.createQuery("select new io.qrun.domain.queue.QueuedJob(j.id, j.instanceId, j.created, j.sessionId) from Job j"
                        + " where j.backend = :b and j.status = :s", QueuedJob.class)
                .setParameter("b", backend).setParameter("s", JobStatus.QUEUED).getResultList();
    }

    @Override
    public long count(String backend, JobStatus status) {
        return em.createQuery("select count(j) from Job j where j.backend = :b and j.status = :s", Long.class)
                .setParameter("b", backend).setParameter("s", status).getSingleResult();
    }

    @Override
    public List<Job> withStatus(JobStatus status) {
        return em.createQuery("select j from Job j where j.status = :s order by j.created", Job.class)
                .setParameter("s", status).getResultList();
    }

    @Override
    public List<Job> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select j from Job j where j.id in :ids", Job.class).setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<Job> ofSession(String sessionId, JobStatus status) {
        return em.createQuery("select j from Job j where j.sessionId = :s and j.status = :st order by j.created, j.id",
                        Job.class).setParameter("s", sessionId).setParameter("st", status).getResultList();
    }

    @Override
    public long countOfSession(String sessionId, JobStatus status) {
        return em.createQuery("select count(j) from Job j where j.sessionId = :s and j.status = :st", Long.class)
                .setParameter("s", sessionId).setParameter("st", status).getSingleResult();
    }

    @Override
    public long countWorkloadJobsInPhase(JobPhase phase) {
        return em.createQuery("select count(j) from Job j where j.sessionId is not null and j.status = :st"
                        + " and j.phase = :p", Long.class).setParameter("st", JobStatus.RUNNING)
                .setParameter("p", phase).getSingleResult();
    }

    @Override
    public List<Job> ready(String backend) {
        return em.createQuery("select j from Job j where j.backend = :b and j.status = :st and j.phase = :p"
                        + " order by j.readyAt, j.id", Job.class)
                .setParameter("b", backend).setParameter("st", JobStatus.RUNNING).setParameter("p", JobPhase.READY)
                .getResultList();
    }

    @Override
    public List<Job> executingOfInstance(String instanceId) {
        return em.createQuery("select j from Job j where j.instanceId = :i and j.status = :st and j.phase = :p",
                        Job.class).setParameter("i", instanceId).setParameter("st", JobStatus.RUNNING)
                .setParameter("p", JobPhase.EXECUTING).getResultList();
    }

    @Override
    public List<Job> runningOnNodes(List<String> nodeIds) {
        if (nodeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select j from Job j where j.status = :st and (j.nodeId in :n or j.nodeId is null)"
                        + " order by j.created", Job.class)
                .setParameter("st", JobStatus.RUNNING).setParameter("n", nodeIds).getResultList();
    }

    /** One page of GET /jobs; {@code instanceId} null means every instance (an admin's view). */
    @Override
    public List<Job> search(String instanceId, JobQuery q) {
        TypedQuery<Job> query = em.createQuery("select j from Job j" + where(instanceId, q)
                + " order by j.created " + (q.ascending() ? "asc" : "desc") + ", j.id " + (q.ascending() ? "asc" : "desc"),
                Job.class);
        bind(query, instanceId, q);
        return query.setFirstResult(q.effectiveOffset()).setMaxResults(q.effectiveLimit()).getResultList();
    }

    @Override
    public long count(String instanceId, JobQuery q) {
        TypedQuery<Long> query = em.createQuery("select count(j) from Job j" + where(instanceId, q), Long.class);
        bind(query, instanceId, q);
        return query.getSingleResult();
    }

    private static String where(String instanceId, JobQuery q) {
        List<String> c = new ArrayList<>();
        if (instanceId != null) {
            c.add("j.instanceId = :instance");
        }
        if (q.pending() != null) {
            c.add("j.status in :statuses");
        }
        if (q.program() != null) {
            c.add("j.programId = :program");
        }
        if (q.backend() != null) {
            c.add("j.backend = :backend");
        }
        if (q.createdAfter() != null) {
            c.add("j.created >= :after");
        }
        if (q.createdBefore() != null) {
            c.add("j.created <= :before");
        }
        if (q.sessionId() != null) {
            c.add("j.sessionId = :session");
        }
        if (JobQuery.JOB_MODE.equals(q.mode())) {
            c.add("j.sessionId is null");
        } else if (q.mode() != null) {
            c.add("exists (select w.id from Workload w where w.id = j.sessionId and w.mode = :mode)");
        }
        List<String> tags = q.tags() == null ? List.of() : q.tags();
        for (int i = 0; i < tags.size(); i++) {
            c.add(":tag" + i + " member of j.tags");
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    private static void bind(TypedQuery<?> query, String instanceId, JobQuery q) {
        if (instanceId != null) {
            query.setParameter("instance", instanceId);
        }
        if (q.pending() != null) {
            query.setParameter("statuses", q.pending() ? JobStatus.pending() : JobStatus.finished());
        }
        if (q.program() != null) {
            query.setParameter("program", q.program());
        }
        if (q.backend() != null) {
            query.setParameter("backend", q.backend());
        }
        if (q.createdAfter() != null) {
            query.setParameter("after", q.createdAfter());
        }
        if (q.createdBefore() != null) {
            query.setParameter("before", q.createdBefore());
        }
        if (q.sessionId() != null) {
            query.setParameter("session", q.sessionId());
        }
        if (q.mode() != null && !JobQuery.JOB_MODE.equals(q.mode())) {
            query.setParameter("mode", WorkloadMode.fromLabel(q.mode()).orElseThrow());
        }
        List<String> tags = q.tags() == null ? List.of() : q.tags();
        for (int i = 0; i < tags.size(); i++) {
            query.setParameter("tag" + i, tags.get(i));
        }
    }
}
