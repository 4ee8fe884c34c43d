package io.qrun.application.jobs;

import io.qrun.application.ErrorCode;
import io.qrun.application.QrunException;
import io.qrun.application.accounts.Caller;
import io.qrun.application.backends.BackendCalibrations;
import io.qrun.application.backends.BackendNotFound;
import io.qrun.application.backends.BackendRegistry;
import io.qrun.application.json.JsonTrees;
import io.qrun.application.port.ParamsValidator;
import io.qrun.application.usage.UsageService;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobEvent;
import io.qrun.domain.job.JobIds;
import io.qrun.domain.job.JobLogLine;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.job.LogLevel;
import io.qrun.domain.shared.Times;
import io.qrun.domain.workload.Workload;
import io.qrun.domain.workload.WorkloadRepository;
import io.qrun.domain.workload.WorkloadState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The transactions that store submissions as Queued rows: a job-mode submission that passed its
 * checks ({@link Submission}) alone or in a group of concurrent ones ({@link JobSubmissions}), and
 * a submission into a session or batch, or with a calibration, with the checks that need the
 * database inside its own transaction. Each stored job gets its event, its queue count, its log
 * line, and its backend a pass after the commit (one per backend of a group).
 */
@ApplicationScoped
public class SubmittedJobs {

    @Inject
    JobRepository jobs;

    @Inject
    WorkloadRepository workloads;

    @Inject
    BackendRegistry backends;

    @Inject
    BackendCalibrations calibrations;

    @Inject
    ParamsValidator paramsValidator;

    @Inject
    UsageService usage;

    @Inject
    JobTransitions transitions;

    @Inject
    Event<BackendChanged> backendChanged;

    /** A job-mode submission whose checks passed, but for the usage limit (read in the storing transaction). */
    public record Submission(String userId, String instanceId, SubmitJob cmd, Backend backend,
                             SubmissionRules.Checked checked) {
    }

    /**
     * Stores every submission of the group in this one transaction, in their order; one whose
     * instance has reached its usage limit is refused, the others are stored.
     */
    @Transactional
    public List<GroupCommit.Outcome<JobView>> group(List<Submission> group) {
        List<GroupCommit.Outcome<JobView>> outcomes = new ArrayList<>(group.size());
        List<Job> stored = new ArrayList<>(group.size());
        // read once per instance: the group's own jobs add no usage (usage is QPU time)
        Map<String, Boolean> limitReached = new HashMap<>();
        for (Submission s : group) {
            if (limitReached.computeIfAbsent(s.instanceId(), usage::limitReached)) {
                outcomes.add(GroupCommit.Outcome.refused(usageLimitReached(s.instanceId())));
                continue;
            }
            Job job = insert(s.userId(), s.instanceId(), s.cmd(), s.backend(), s.checked(), null, Times.now());
            stored.add(job);
            outcomes.add(GroupCommit.Outcome.stored(JobViews.of(job, true)));
        }
        queued(stored);
        return outcomes;
    }

    /** Stores one submission in a transaction of its own (a group of one), throwing what refuses it. */
    @Transactional
    public JobView alone(Submission s) {
        GroupCommit.Outcome<JobView> outcome = group(List.of(s)).get(0);
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome.result();
    }

    /**
     * A submission into a session or batch, or one that names a calibration: the workload it joins
     * is locked until the commit (so a close or cancel of the workload waits for it, and then sees
     * the job), and the calibration read, in this transaction.
     */
    @Transactional
    public JobView withChecksInTransaction(Caller caller, SubmitJob cmd, SubmissionRules.Checked checked) {
        Workload workload = cmd.sessionId() == null ? null : joinable(caller, cmd.sessionId(), cmd.backend());
        String backendName = workload != null ? workload.backend() : cmd.backend();
        Backend backend = backends.configured(backendName).orElseThrow(() -> BackendNotFound.of(backendName));
        JobSubmissions.requireInstance(caller);
        if (cmd.calibrationId() != null) {
            backend = calibrations.withCalibration(backend, cmd.calibrationId());
        }
        paramsValidator.validate(cmd.programId(), cmd.params(), backend);
        requireUsageLeft(caller.instanceId());
        String instanceId = workload != null ? workload.instanceId() : caller.instanceId();
        Job job = insert(caller.userId(), instanceId, cmd, backend, checked, workload, Times.now());
        queued(List.of(job));
        return JobViews.of(job, true);
    }

    /** The stored jobs counted and announced; their backends get a pass after the commit (one each). */
    private void queued(List<Job> stored) {
        transitions.submitted(stored);
        stored.stream().map(Job::backend).distinct().forEach(b -> backendChanged.fire(new BackendChanged(b)));
    }

    private void requireUsageLeft(String instanceId) {
        if (usage.limitReached(instanceId)) {
            throw usageLimitReached(instanceId);
        }
    }

    private static QrunException usageLimitReached(String instanceId) {
        return new QrunException(ErrorCode.USAGE_LIMIT_REACHED, "Instance " + instanceId
                + " has reached its usage limit for this period: wait for the next period or ask the operator"
                + " to raise the limit (GET /api/v1/instances/usage shows it).");
    }

    private Job insert(String userId, String instanceId, SubmitJob cmd, Backend backend,
                       SubmissionRules.Checked checked, Workload workload, Instant now) {
        String programId = cmd.programId();
        Job job = new Job(JobIds.next(), programId, backend.name(), instanceId, userId, cmd.sessionId(),
                JsonTrees.write(cmd.params()), checked.tags(), checked.cost(), cmd.privateJob(),
                checked.logLevel().label(), JobSeeds.seedOf(programId, cmd.params()), now);
        job.runWithCalibration(cmd.calibrationId());
        jobs.add(job);
        jobs.addEvent(new JobEvent(job.id(), JobStatus.QUEUED, null, now));
        if (checked.logLevel().admits(LogLevel.INFO)) {
            jobs.addLog(new JobLogLine(job.id(), now, LogLevel.INFO, "Job queued on backend " + backend.name()
                    + (workload == null ? "" : " in " + workload.mode().label() + " " + workload.id())
                    + (cmd.calibrationId() == null ? "" : ", to run with calibration " + cmd.calibrationId())));
        }
        return job;
    }

    private Workload joinable(Caller caller, String sessionId, String backend) {
        Workload w = workloads.findForUpdate(sessionId)
                .filter(x -> caller.isAdmin() || x.instanceId().equals(caller.instanceId()))
                .orElseThrow(() -> new QrunException(ErrorCode.SESSION_NOT_FOUND, "Session " + sessionId
                        + " does not exist: GET /api/v1/sessions lists your sessions and batches."));
        if (backend != null && !backend.isBlank() && !backend.equals(w.backend())) {
            throw new QrunException(ErrorCode.SESSION_BACKEND_MISMATCH, "backend is \"" + backend + "\" but session "
                    + sessionId + " runs on \"" + w.backend() + "\": leave backend out or give the session's.");
        }
        if (w.state() == WorkloadState.CLOSED) {
            throw new QrunException(ErrorCode.SESSION_CLOSED, "Session " + sessionId + " is closed ("
                    + w.stateReason() + "): it accepts no more jobs; open a new session (POST /api/v1/sessions).");
        }
        if (!w.acceptingJobs()) {
            throw new QrunException(ErrorCode.SESSION_NOT_ACCEPTING_JOBS, "Session " + sessionId
                    + " no longer accepts jobs (its user closed it; it ends when its jobs are done): open a new"
                    + " session (POST /api/v1/sessions).");
        }
        return w;
    }
}
