package io.qrun.application.execution;

import io.qrun.application.jobs.JobSettings;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.timeline.IntervalKind;
import io.qrun.domain.timeline.QpuInterval;
import io.qrun.domain.timeline.QpuLease;
import io.qrun.domain.timeline.QpuRepository;
import io.qrun.domain.timeline.WindowUsage;
import io.qrun.domain.workload.Workload;
import io.qrun.domain.workload.WorkloadState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Hands a backend's QPU (the lease row) to a job, a session or a calibration and takes it back,
 * opening and closing the timeline interval that records each occupancy. Runs inside the
 * caller's transaction, with the lease row locked first (the lock order of every scheduling
 * transaction: lease, then workload, then job).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class QpuLeases {

    /** The timeline's mode of a job that belongs to no session or batch. */
    public static final String JOB_MODE = "job";

    @Inject
    QpuRepository qpu;

    @Inject
    WindowUsage windowUsage;

    @Inject
    JobSettings settings;

    /** The backend's lease, locked for the rest of the transaction. */
    public QpuLease lock(String backend) {
        return qpu.leaseForUpdate(backend);
    }

    /** The QPU to the job alone (job mode from its pick; a batch job for its execution). */
    public void grantToJob(QpuLease lease, Job job, Workload workload, Instant now) {
        QpuInterval interval = qpu.addInterval(new QpuInterval(job.backend(), now, IntervalKind.JOB, job.id(),
                job.sessionId(), mode(workload), job.instanceId()));
        lease.grantToJob(job.id(), interval.id(), now);
    }

    /** The QPU to an activated session, idle until its first job is ready. */
    public void grantToSession(QpuLease lease, Workload session, Instant now) {
        QpuInterval idle = qpu.addInterval(idleInterval(session, now));
        lease.grantToSession(session.id(), idle.id(), now);
    }

    /** Inside the session that holds the QPU: the idle gap ends, the job's execution interval begins. */
    public void runInSession(QpuLease lease, Job job, Workload session, Instant now) {
        close(lease, now);
        QpuInterval interval = qpu.addInterval(new QpuInterval(job.backend(), now, IntervalKind.JOB, job.id(),
                session.id(), mode(session), job.instanceId()));
        lease.sessionRuns(job.id(), interval.id());
    }

    public void grantToCalibration(QpuLease lease, Instant now, Instant until) {
        QpuInterval interval = qpu.addInterval(new QpuInterval(lease.backend(), now, IntervalKind.CALIBRATION,
                null, null, null, null));
        lease.grantToCalibration(interval.id(), now, until);
    }

    /**
     * Takes the QPU back from the job at {@code at}, if it holds it. Inside a session that is still
     * active the session keeps the QPU, idle; otherwise the QPU is free.
     *
     * @return true when the job held the QPU
     */
    public boolean releaseJob(QpuLease lease, Job job, Workload workload, Instant at) {
        if (!lease.isHeldBy(job.id())) {
            return false;
        }
        close(lease, at, job.status() != JobStatus.CANCELLED);
        if (workload != null && lease.isHeldBySession(workload.id()) && workload.state() == WorkloadState.ACTIVE) {
            QpuInterval idle = qpu.addInterval(idleInterval(workload, at));
            lease.sessionRuns(null, idle.id());
        } else {
            lease.release();
        }
        return true;
    }

    /**
     * The session gives the QPU up (inactive, closed) at {@code at}: free at once when idle; a job
     * of it that is executing keeps the QPU until its execution ends.
     */
    public void releaseSession(QpuLease lease, Workload session, Instant at) {
        if (!lease.isHeldBySession(session.id())) {
            return;
        }
        if (lease.isSessionIdle()) {
            close(lease, at);
            lease.release();
        } else {
            lease.handToJob();
        }
    }

    /** Ends a calibration's hold. */
    public void releaseCalibration(QpuLease lease, Instant at) {
        close(lease, at);
        lease.release();
    }

    /** The QPU seconds a job's own intervals cover: what it is charged. */
    public double chargeOf(String jobId, Instant now) {
        return qpu.ofJob(jobId).stream().mapToDouble(i -> i.seconds(now)).sum();
    }

    private void close(QpuLease lease, Instant at) {
        close(lease, at, true);
    }

    /**
     * Closes the lease's interval; one of an instance counts for its fair share ({@link WindowUsage}) unless
     * {@code counts} is false: a job the user cancelled ({@link io.qrun.application.jobs.JobTransitions} takes
     * back what a job cancelled later had counted).
     */
    private void close(QpuLease lease, Instant at, boolean counts) {
        qpu.interval(lease.intervalId()).ifPresent(i -> {
            boolean wasOpen = i.end() == null;
            i.close(at);
            if (wasOpen && counts && i.instanceId() != null) {
                windowUsage.closed(i, at.minus(settings.fairShareWindow()));
            }
        });
    }

    private static QpuInterval idleInterval(Workload session, Instant at) {
        return new QpuInterval(session.backend(), at, IntervalKind.SESSION_IDLE, null, session.id(),
                session.mode().label(), session.instanceId());
    }

    private static String mode(Workload workload) {
        return workload == null ? JOB_MODE : workload.mode().label();
    }
}
