package io.qrun.application.jobs;

import io.qrun.application.ErrorCode;
import io.qrun.application.QrunException;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobEvent;
import io.qrun.domain.job.JobLogLine;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.job.JobResultRecord;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.job.LogLevel;
import io.qrun.domain.job.ReasonCodes;
import io.qrun.domain.job.StopRequest;
import io.qrun.domain.job.UsageStatus;
import io.qrun.domain.shared.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.logging.Logger;

/**
 * Every status change of a job after submission, each in its own transaction (REQUIRES_NEW) so
 * that it is committed the moment it happens, whatever the caller (a batch step, the listener,
 * the API, restart recovery) does next. Each change locks the job row first: a cancel racing the
 * batch job's end cannot both win. Each appends a job event and, when the job's log level
 * admits it, a log line.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobTransitions {

    private static final Logger LOG = Logger.getLogger(JobTransitions.class.getName());

    @Inject
    JobRepository jobs;

    @Inject
    QpuLeases leases;

    /** What a cancel request did. */
    public enum CancelOutcome { CANCELLED_WHILE_QUEUED, STOP_REQUESTED }

    /** The outcome of a cancel, with the batch execution to stop when the job was running. */
    public record Cancel(CancelOutcome outcome, Long batchExecutionId) {
    }

    public Cancel cancel(String jobId, Instant now) {
        Job job = locked(jobId);
        if (job.status() == JobStatus.QUEUED) {
            change(job, JobStatus.CANCELLED, now, "Cancelled by the user while queued", null, null);
            return new Cancel(CancelOutcome.CANCELLED_WHILE_QUEUED, null);
        }
        if (job.status() == JobStatus.RUNNING) {
            job.requestStop(StopRequest.CANCELLED_BY_USER);
            log(job, LogLevel.INFO, now, "Cancellation requested; stopping the running job");
            return new Cancel(CancelOutcome.STOP_REQUESTED, job.batchExecutionId());
        }
        throw new QrunException(ErrorCode.JOB_NOT_CANCELLABLE, "Job " + jobId + " is " + job.status().label()
                + ": only Queued or Running jobs can be cancelled.");
    }

    /** Records why a running job must stop (max execution time, usage limit); the first reason wins. */
    public void requestStop(String jobId, StopRequest request, Instant now) {
        Job job = locked(jobId);
        if (job.status() == JobStatus.RUNNING) {
            job.requestStop(request);
        }
    }

    public void recordExecutionId(String jobId, long executionId) {
        Job job = locked(jobId);
        if (job.status() == JobStatus.RUNNING && job.batchExecutionId() == null) {
            job.setBatchExecutionId(executionId);
        }
    }

    public void recordEstimate(String jobId, double qpuSeconds, Instant now) {
        Job job = locked(jobId);
        if (job.status() == JobStatus.RUNNING) {
            job.setEstimatedQpuSeconds(qpuSeconds);
            log(job, LogLevel.INFO, now, String.format("Preprocessing done: estimated QPU time %.3f s", qpuSeconds));
        }
    }

    /**
     * Ends the job's hold on the QPU at {@code now} and charges it: from the lease's start (the
     * pick) for a QPU job, from its start for a simulator job (which holds no lease). Idempotent:
     * a job already charged keeps its charge.
     *
     * @return the seconds charged
     */
    public double releaseQpu(String jobId, Instant now) {
        Job job = locked(jobId);
        return releaseAndCharge(job, now);
    }

    public void complete(String jobId, String resultJson, String spansJson, Instant now) {
        Job job = locked(jobId);
        if (job.status() != JobStatus.RUNNING) {
            LOG.warning(() -> "Result of job " + jobId + " dropped: the job is " + job.status().label());
            return;
        }
        releaseAndCharge(job, now);
        jobs.addResult(new JobResultRecord(jobId, resultJson, now));
        job.setExecutionSpans(spansJson);
        change(job, JobStatus.COMPLETED, now, null, null, null);
    }

    public void fail(String jobId, String reason, int reasonCode, String solution, Instant now) {
        Job job = locked(jobId);
        if (job.status().isFinal()) {
            return;
        }
        releaseAndCharge(job, now);
        change(job, JobStatus.FAILED, now, reason, reasonCode, solution);
    }

    /**
     * Ends a running job whose batch job stopped, in the final state its stop reason gives.
     *
     * @return true when the job had a stop request (and is now final)
     */
    public boolean endStopped(String jobId, long maxExecutionSeconds, Instant now) {
        Job job = locked(jobId);
        if (job.status().isFinal() || job.stopRequested() == null) {
            return false;
        }
        releaseAndCharge(job, now);
        switch (job.stopRequested()) {
            case RAN_TOO_LONG:
                change(job, JobStatus.CANCELLED_RAN_TOO_LONG, now, "The job ran longer than its maximum execution time of "
                        + maxExecutionSeconds + " s (the smaller of its cost and the operator's cap)",
                        ReasonCodes.RAN_TOO_LONG, "Submit fewer shots or PUBs, or raise the job's cost.");
                break;
            case USAGE_LIMIT_REACHED:
                change(job, JobStatus.CANCELLED, now, "The instance reached its usage limit while the job ran",
                        ReasonCodes.USAGE_LIMIT_REACHED,
                        "Wait for the next usage period or ask the operator for a higher limit.");
                break;
            default:
                change(job, JobStatus.CANCELLED, now, "Cancelled by the user", null, null);
        }
        return true;
    }

    /**
     * Restart recovery: a job that was Running when the server stopped. One with a stop request
     * ends as requested; any other goes back to the queue (its result is computed from scratch with
     * the stored seed, so the re-run gives the same samples). The QPU it held is released without
     * charge: usage is charged when the job really completes.
     */
    public void recoverAfterRestart(String jobId, long maxExecutionSeconds, Instant now) {
        Job job = locked(jobId);
        if (job.status() != JobStatus.RUNNING) {
            return;
        }
        if (job.stopRequested() != null) {
            endStopped(jobId, maxExecutionSeconds, now);
            return;
        }
        requeue(job, "requeued after server restart", now);
    }

    /** A running job whose run was cut off (not by a cancel or a limit) goes back to the queue. */
    public void requeue(String jobId, String why, Instant now) {
        Job job = locked(jobId);
        if (job.status() == JobStatus.RUNNING && job.stopRequested() == null) {
            requeue(job, why, now);
        }
    }

    private void requeue(Job job, String why, Instant now) {
        leases.release(job.backend(), job.id(), now);
        change(job, JobStatus.QUEUED, now, null, null, null);
        jobs.addEvent(new JobEvent(job.id(), JobStatus.QUEUED, why, now));
        log(job, LogLevel.WARNING, now, "The job was queued again: " + why);
    }

    public void log(String jobId, LogLevel level, String message, Instant now) {
        jobs.find(jobId).ifPresent(job -> log(job, level, now, message));
    }

    /** Marks the job Running (the scheduler's pick, inside its transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markRunning(Job job, Instant now) {
        change(job, JobStatus.RUNNING, now, null, null, null);
    }

    private double releaseAndCharge(Job job, Instant now) {
        if (job.usageStatus() == UsageStatus.COMPLETE && job.qpuChargeSeconds() != null) {
            return job.qpuChargeSeconds();
        }
        OptionalDouble held = leases.release(job.backend(), job.id(), now);
        double seconds = held.isPresent() ? held.getAsDouble()
                : job.running() == null ? 0.0 : Times.secondsBetween(job.running(), now);
        job.charge(seconds);
        return seconds;
    }

    private Job locked(String jobId) {
        return jobs.findForUpdate(jobId).orElseThrow(() -> new QrunException(ErrorCode.JOB_NOT_FOUND,
                "Job " + jobId + " does not exist."));
    }

    private void change(Job job, JobStatus next, Instant now, String reason, Integer code, String solution) {
        job.moveTo(next, now, reason, code, solution);
        if (next != JobStatus.QUEUED) {
            jobs.addEvent(new JobEvent(job.id(), next, reason, now));
        }
        log(job, next == JobStatus.FAILED ? LogLevel.ERROR : LogLevel.INFO, now,
                "Job " + next.label() + (reason == null ? "" : ": " + reason));
    }

    private void log(Job job, LogLevel level, Instant now, String message) {
        if (LogLevel.parse(job.logLevel()).orElse(LogLevel.DEFAULT).admits(level)) {
            jobs.addLog(new JobLogLine(job.id(), now, level, message));
        }
    }

    /** For callers that only need to know whether a job is still running. */
    public Optional<JobStatus> status(String jobId) {
        return jobs.find(jobId).map(Job::status);
    }
}
