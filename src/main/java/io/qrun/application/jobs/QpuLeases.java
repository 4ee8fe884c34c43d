package io.qrun.application.jobs;

import io.qrun.domain.timeline.QpuLease;
import io.qrun.domain.shared.Times;
import io.qrun.domain.job.Job;
import io.qrun.domain.timeline.IntervalKind;
import io.qrun.domain.timeline.QpuInterval;
import io.qrun.domain.timeline.QpuRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * Grants and releases a backend's QPU (the lease row) together with the timeline interval that
 * records the occupancy. Runs inside the caller's transaction, so a pick and its lease commit or
 * fail together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class QpuLeases {

    /** The timeline's mode of a job that belongs to no session or batch. */
    public static final String JOB_MODE = "job";

    @Inject
    QpuRepository qpu;

    /** Gives the backend's QPU to the job, if free; opens the job's interval. */
    public boolean grant(Job job, Instant now) {
        QpuLease lease = qpu.leaseForUpdate(job.backend());
        if (!lease.isFree()) {
            return false;
        }
        QpuInterval interval = qpu.addInterval(new QpuInterval(job.backend(), now, IntervalKind.JOB, job.id(),
                job.sessionId(), job.sessionId() == null ? JOB_MODE : null, job.instanceId()));
        lease.grant(job.id(), interval.id(), now);
        return true;
    }

    /** Whether the backend's QPU is free (locks the lease row for the rest of the transaction). */
    public boolean isFree(String backend) {
        return qpu.leaseForUpdate(backend).isFree();
    }

    /**
     * Takes the QPU back from the job, closing its interval at {@code now}.
     *
     * @return the seconds the job held it, or empty when it did not hold it
     */
    public OptionalDouble release(String backend, String jobId, Instant now) {
        QpuLease lease = qpu.leaseForUpdate(backend);
        if (!lease.isHeldBy(jobId)) {
            return OptionalDouble.empty();
        }
        Instant since = lease.acquiredAt();
        qpu.interval(lease.intervalId()).ifPresent(i -> i.close(now));
        lease.release();
        return OptionalDouble.of(Times.secondsBetween(since, now));
    }
}
