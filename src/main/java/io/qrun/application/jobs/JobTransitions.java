package io.qrun.application.jobs;

import io.qrun.application.ErrorCode;
import io.qrun.application.QrunException;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobEvent;
import io.qrun.domain.job.JobLogLine;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.job.LogLevel;
import io.qrun.domain.queue.QueueCounts;
import io.qrun.domain.timeline.WindowUsage;
import io.qrun.domain.workload.WorkloadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The job row's own changes: a status change with its event and log line (and the queue's count
 * of the job's instance when the job enters or leaves the queue), log lines. Status changes run
 * inside the caller's scheduling transaction (which has locked the QPU lease, the workload and the
 * job, in that order); the small bookkeeping calls have their own transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobTransitions {

    @Inject
    JobRepository jobs;

    @Inject
    WorkloadRepository workloads;

    @Inject
    Event<JobStatusChanged> statusChanged;

    @Inject
    QueueCounts queueCounts;

    @Inject
    WindowUsage windowUsage;

    public void log(String jobId, LogLevel level, String message, Instant now) {
        jobs.find(jobId).ifPresent(job -> log(job, level, now, message));
    }

    /** The job, locked; 404 when it does not exist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Job locked(String jobId) {
        return jobs.findForUpdate(jobId).orElseThrow(() -> new QrunException(ErrorCode.JOB_NOT_FOUND,
                "Job " + jobId + " does not exist."));
    }

    /** Changes the status (the caller holds the locks), appending an event and a log line. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void change(Job job, JobStatus next, Instant now, String reason, Integer code, String solution) {
        JobStatus from = job.status();
        job.moveTo(next, now, reason, code, solution);
        if (from == JobStatus.QUEUED && next != JobStatus.QUEUED) {
            queueCounts.left(job.backend(), job.instanceId());
        } else if (from != JobStatus.QUEUED && next == JobStatus.QUEUED) {
            queueCounts.entered(job.backend(), job.instanceId(), 1);
        }
        if (next == JobStatus.CANCELLED && from != JobStatus.CANCELLED) {
            windowUsage.cancelled(job.id());  // the user's cancel: the QPU time the job used no longer counts
        }
        announce(job, from, now);
        jobs.addEvent(new JobEvent(job.id(), next, reason, now));
        log(job, next == JobStatus.FAILED ? LogLevel.ERROR : LogLevel.INFO, now,
                "Job " + next.label() + (reason == null ? "" : ": " + reason));
    }

    /**
     * New jobs, stored as Queued by the caller's transaction: counted and announced like a status
     * change. The counts change once per backend and instance, in the order of their names: the
     * transactions of concurrent groups (on any node) then lock the count rows in one order and
     * cannot deadlock on them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void submitted(List<Job> stored) {
        Map<String, Map<String, Integer>> entering = new TreeMap<>();
        for (Job job : stored) {
            entering.computeIfAbsent(job.backend(), b -> new TreeMap<>()).merge(job.instanceId(), 1, Integer::sum);
        }
        entering.forEach((backend, perInstance) -> perInstance.forEach(
                (instance, count) -> queueCounts.entered(backend, instance, count)));
        for (Job job : stored) {
            announce(job, null, job.created());
        }
    }

    private void announce(Job job, JobStatus from, Instant now) {
        // the caller's transaction has the workload loaded (locked) already: no extra query
        String mode = job.sessionId() == null ? JobStatusChanged.JOB_MODE
                : workloads.find(job.sessionId()).map(w -> w.mode().label()).orElse(JobStatusChanged.JOB_MODE);
        statusChanged.fire(new JobStatusChanged(job.id(), job.sessionId(), job.backend(), mode, from, job.status(),
                job.created(), job.running(), now));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void log(Job job, LogLevel level, Instant now, String message) {
        if (LogLevel.parse(job.logLevel()).orElse(LogLevel.DEFAULT).admits(level)) {
            jobs.addLog(new JobLogLine(job.id(), now, level, message));
        }
    }
}
