package io.qrun.infrastructure.persistence;

import io.qrun.domain.timeline.IntervalKind;
import io.qrun.domain.timeline.QpuRepository;
import io.qrun.domain.timeline.QpuInterval;
import io.qrun.domain.timeline.QpuLease;
import io.qrun.domain.job.JobStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** QPU leases and occupancy intervals in the {@code qrun} unit; callers bring the transaction. */
@ApplicationScoped
public class JpaQpuRepository implements QpuRepository {

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    /** The backend's lease row, created free on first use, locked for this transaction. */
    @Override
    public QpuLease leaseForUpdate(String backend) {
        QpuLease lease = Locking.forUpdate(em, QpuLease.class, backend);
        if (lease == null) {
            lease = new QpuLease(backend);
            em.persist(lease);
            em.flush();
        }
        return lease;
    }

    @Override
    public Optional<QpuLease> lease(String backend) {
        return Optional.ofNullable(em.find(QpuLease.class, backend));
    }

    @Override
    public List<QpuLease> heldLeases() {
        return em.createQuery("select l from QpuLease l where l.holderKind is not null", QpuLease.class).getResultList();
    }

    /**
     * Refreshes the heartbeat of every held lease. A bulk update: it neither loads the rows nor
     * bumps their version, so it never conflicts with a pick or a release running at the same time.
     */
    @Override
    public void beatHeldLeases(Instant now) {
        em.createQuery("update QpuLease l set l.heartbeatAt = :now where l.holderKind is not null")
                .setParameter("now", now).executeUpdate();
    }

    @Override
    public QpuInterval addInterval(QpuInterval interval) {
        em.persist(interval);
        em.flush(); // the identity value is needed by the lease
        return interval;
    }

    @Override
    public Optional<QpuInterval> interval(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(QpuInterval.class, id));
    }

    @Override
    public List<QpuInterval> openIntervals() {
        return em.createQuery("select i from QpuInterval i where i.end is null", QpuInterval.class).getResultList();
    }

    /** Intervals of a backend that overlap [from, to], oldest first; open intervals overlap any later time. */
    @Override
    public List<QpuInterval> overlapping(String backend, Instant from, Instant to) {
        return em.createQuery("select i from QpuInterval i where i.backend = :b and i.start <= :to"
                        + " and (i.end is null or i.end >= :from) order by i.start, i.id", QpuInterval.class)
                .setParameter("b", backend).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public java.util.OptionalDouble meanEndedSeconds(String backend, IntervalKind kind, Instant from, Instant to) {
        return em.createQuery("select i.start, i.end from QpuInterval i where i.backend = :b and i.kind = :k"
                        + " and i.end is not null and i.start <= :to and i.end >= :from order by i.start, i.id", Object[].class)
                .setParameter("b", backend).setParameter("k", kind).setParameter("from", from).setParameter("to", to)
                .getResultStream().mapToDouble(r -> QpuInterval.seconds((Instant) r[0], (Instant) r[1], to)).average();
    }

    @Override
    public List<QpuInterval> ofInstancesStartedSince(java.util.Collection<String> instanceIds, Instant from) {
        if (instanceIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from QpuInterval i where i.instanceId in :ids and i.start >= :from",
                QpuInterval.class).setParameter("ids", instanceIds).setParameter("from", from).getResultList();
    }

    @Override
    public List<QpuInterval> ofJob(String jobId) {
        return em.createQuery("select i from QpuInterval i where i.jobId = :j order by i.start", QpuInterval.class)
                .setParameter("j", jobId).getResultList();
    }

    @Override
    public List<QpuInterval> ofSession(String sessionId) {
        return em.createQuery("select i from QpuInterval i where i.sessionId = :s order by i.start", QpuInterval.class)
                .setParameter("s", sessionId).getResultList();
    }
}
