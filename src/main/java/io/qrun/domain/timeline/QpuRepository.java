package io.qrun.domain.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** QPU leases and occupancy intervals. Callers bring the transaction. Implemented with JPA in infrastructure.persistence. */
public interface QpuRepository {

    /** The backend's lease row, created free on first use, locked for this transaction. */
    QpuLease leaseForUpdate(String backend);

    Optional<QpuLease> lease(String backend);

    List<QpuLease> heldLeases();

    /**
     * Refreshes the heartbeat of every held lease. A bulk update: it neither loads the rows nor
     * bumps their version, so it never conflicts with a pick or a release running at the same time.
     */
    void beatHeldLeases(Instant now);

    QpuInterval addInterval(QpuInterval interval);

    Optional<QpuInterval> interval(Long id);

    List<QpuInterval> openIntervals();

    /** Intervals of a backend that overlap [from, to], oldest first; open intervals overlap any later time. */
    List<QpuInterval> overlapping(String backend, Instant from, Instant to);

    /**
     * The mean seconds of a backend's ended intervals of this kind that overlap [from, to], averaged
     * oldest first; empty when there is none. Read as values, not entities.
     */
    java.util.OptionalDouble meanEndedSeconds(String backend, IntervalKind kind, Instant from, Instant to);

    /** The intervals of these instances that started at or after {@code from}: their usage in one read. */
    List<QpuInterval> ofInstancesStartedSince(java.util.Collection<String> instanceIds, Instant from);

    List<QpuInterval> ofJob(String jobId);

    /** The intervals of a session or batch (its jobs' executions and, for a session, its idle gaps). */
    List<QpuInterval> ofSession(String sessionId);
}
