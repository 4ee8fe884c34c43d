package io.qrun.application.execution;

import io.qrun.application.jobs.JobTransitions;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.job.ReasonCodes;
import io.qrun.domain.timeline.QpuLease;
import io.qrun.domain.workload.Workload;
import io.qrun.domain.workload.WorkloadEvent;
import io.qrun.domain.workload.WorkloadRepository;
import io.qrun.domain.workload.WorkloadState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The state changes of a session or batch (execution-modes.md, Timers and States), inside the
 * caller's scheduling transaction with the backend's lease and the workload locked. Each records
 * its event (the session object's {@code timestamps}) and re-arms the workload's timer; each is
 * a no-op when it already happened, because timers fire at least once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WorkloadLifecycle {

    @Inject
    WorkloadRepository workloads;

    @Inject
    JobRepository jobs;

    @Inject
    JobTransitions transitions;

    @Inject
    QpuLeases leases;

    public void activate(Workload w, Instant now, String reason, Decisions d) {
        if (w.activate(now, reason)) {
            workloads.addEvent(new WorkloadEvent(w.id(), WorkloadState.ACTIVE, reason, now));
        }
        d.arm(Decisions.TimerKind.WORKLOAD, w.id(), w.nextDeadline());
    }

    /** A job of the workload ended: the interactive TTL restarts; a workload closed by its user closes when empty. */
    public void jobEnded(QpuLease lease, Workload w, Instant now, Decisions d) {
        w.jobCompleted(now);
        if (!w.acceptingJobs() && pending(w) == 0) {
            close(lease, w, now, "closed by the user; every job has ended", d);
        }
        d.arm(Decisions.TimerKind.WORKLOAD, w.id(), w.nextDeadline());
    }

    /** The user's close: accepts no more jobs, closes at once when nothing is pending. */
    public void stopAccepting(QpuLease lease, Workload w, Instant now, Decisions d) {
        w.stopAccepting();
        if (pending(w) == 0) {
            close(lease, w, now, "closed by the user; no job was pending", d);
        }
    }

    /** The user's cancel: closed at once, queued jobs Failed, running jobs run to completion. */
    public void cancel(QpuLease lease, Workload w, Instant now, Decisions d) {
        close(lease, w, now, "cancelled by the user", d);
        failQueued(w, now, "The " + noun(w) + " " + w.id() + " was cancelled before the job ran");
    }

    /** Applies every deadline of the workload that has passed at {@code now}; re-arms the next. */
    public void applyDeadlines(QpuLease lease, Workload w, Instant now, Decisions d) {
        if (w.state() == WorkloadState.CLOSED) {
            return;
        }
        if (w.maxTtlPassed(now)) {
            Instant at = earlier(now, w.maxTtlDeadline());
            close(lease, w, at, "max TTL of " + w.maxTtl() + " s reached", d);
            failQueued(w, now, "The " + noun(w) + " " + w.id() + " reached its max TTL of " + w.maxTtl()
                    + " s before the job ran");
            return;
        }
        if (w.emptyCloseDue(now)) {
            if (jobs.countOfSession(w.id(), JobStatus.QUEUED) + jobs.countOfSession(w.id(), JobStatus.RUNNING) == 0
                    && w.startedAt() == null) {
                close(lease, w, earlier(now, w.emptyCloseDeadline()), "closed: no job started within "
                        + (w.emptyCloseDeadline().getEpochSecond() - w.created().getEpochSecond()) + " s of its creation", d);
                return;
            }
            w.cancelEmptyClose();
        }
        if (w.interactiveTtlPassed(now)) {
            Instant at = earlier(now, w.interactiveDeadline());
            if (jobs.countOfSession(w.id(), JobStatus.RUNNING) == 0) {
                deactivate(lease, w, at, d);
            } else {
                w.clearInteractiveDeadline();
            }
        }
        d.arm(Decisions.TimerKind.WORKLOAD, w.id(), w.nextDeadline());
    }

    /** The instance reached its usage limit: the workload ends; its queued jobs stay Queued. */
    public void endForUsageLimit(QpuLease lease, Workload w, Instant now, Decisions d) {
        close(lease, w, now, "the instance reached its usage limit", d);
    }

    public void close(QpuLease lease, Workload w, Instant at, String reason, Decisions d) {
        if (w.close(at, reason)) {
            workloads.addEvent(new WorkloadEvent(w.id(), WorkloadState.CLOSED, reason, at));
            leases.releaseSession(lease, w, at);
            d.pass(w.backend());
        }
        d.arm(Decisions.TimerKind.WORKLOAD, w.id(), null);
    }

    private void deactivate(QpuLease lease, Workload w, Instant at, Decisions d) {
        String reason = "interactive TTL of " + w.interactiveTtl() + " s expired";
        if (w.deactivate(reason)) {
            workloads.addEvent(new WorkloadEvent(w.id(), WorkloadState.INACTIVE, reason, at));
            leases.releaseSession(lease, w, at);
            d.pass(w.backend());
        }
    }

    private void failQueued(Workload w, Instant now, String reason) {
        for (Job queued : jobs.ofSession(w.id(), JobStatus.QUEUED)) {
            Job job = transitions.locked(queued.id());
            if (job.status() == JobStatus.QUEUED) {
                transitions.change(job, JobStatus.FAILED, now, reason, ReasonCodes.WORKLOAD_ENDED,
                        "Submit the job again in job mode or in a new " + noun(w) + ".");
            }
        }
    }

    private long pending(Workload w) {
        return jobs.countOfSession(w.id(), JobStatus.QUEUED) + jobs.countOfSession(w.id(), JobStatus.RUNNING);
    }

    private static String noun(Workload w) {
        return w.isDedicated() ? "session" : "batch";
    }

    private static Instant earlier(Instant a, Instant b) {
        return b != null && b.isBefore(a) ? b : a;
    }
}
