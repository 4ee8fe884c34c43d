package io.qrun.application.jobs;

import io.qrun.application.backends.BackendQueueService;
import io.qrun.application.usage.UsageService;
import io.qrun.domain.job.JobQuery;
import io.qrun.application.QrunException;
import io.qrun.application.ErrorCode;
import io.qrun.application.accounts.Caller;
import io.qrun.application.port.ParamsValidator;
import io.qrun.domain.shared.Times;
import io.qrun.domain.backend.Backend;
import io.qrun.application.backends.BackendCalibrations;
import io.qrun.application.backends.BackendNotFound;
import io.qrun.application.backends.BackendRegistry;
import io.qrun.application.backends.StartEstimates;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobEvent;
import io.qrun.domain.job.JobIds;
import io.qrun.domain.job.JobLogLine;
import io.qrun.domain.job.JobResultRecord;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.job.LogLevel;
import io.qrun.application.json.JsonTrees;
import io.qrun.domain.job.JobRepository;
import io.qrun.application.execution.Executions;
import io.qrun.application.execution.VersionConflicts;
import io.qrun.application.port.DecisionsCarrier;
import io.qrun.domain.workload.Workload;
import io.qrun.domain.workload.WorkloadRepository;
import io.qrun.domain.workload.WorkloadState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The jobs use cases behind /api/v1/jobs. Validates and stores a submission as a Queued row and
 * leaves the rest to the scheduler (after commit); reads are scoped to the caller's instance
 * (another instance's job is "not found", as if absent); an admin sees every job.
 *
 * <p>Error codes: 400 those of {@link SubmissionRules}, {@code invalid_params} (the engine's check;
 * the message starts with the path), {@code instance_required}; 404 {@code backend_not_found},
 * {@code session_not_found}, {@code job_not_found}; 400 {@code session_backend_mismatch}; 409
 * {@code usage_limit_reached}, {@code session_closed}, {@code session_not_accepting_jobs},
 * {@code job_not_cancellable}, {@code job_not_finished}.
 */
@ApplicationScoped
public class JobService {

    @Inject
    JobRepository jobs;

    @Inject
    BackendRegistry backends;

    @Inject
    UsageService usage;

    @Inject
    JobSettings settings;

    @Inject
    ParamsValidator paramsValidator;

    @Inject
    JobTransitions transitions;

    @Inject
    BackendQueueService queue;

    @Inject
    Executions executions;

    @Inject
    StartEstimates startEstimates;

    @Inject
    DecisionsCarrier carrier;

    @Inject
    WorkloadRepository workloads;

    @Inject
    BackendCalibrations calibrations;

    @Inject
    Event<BackendChanged> backendChanged;

    @Transactional
    public JobView submit(Caller caller, SubmitJob cmd) {
        SubmissionRules.Checked checked = SubmissionRules.check(cmd);
        String programId = cmd.programId();
        Workload workload = cmd.sessionId() == null ? null : joinable(caller, cmd.sessionId(), cmd.backend());
        String backendName = workload != null ? workload.backend() : cmd.backend();
        // as configured: a submission's checks (the name, the shot limit) need no calibration, whose
        // version would be a read per submission (a fifth of a submission's time on PostgreSQL)
        Backend backend = backends.configured(backendName).orElseThrow(() -> BackendNotFound.of(backendName));
        List<String> tags = checked.tags();
        Long cost = checked.cost();
        LogLevel logLevel = checked.logLevel();
        if (caller.instanceId() == null) {
            throw new QrunException(ErrorCode.INSTANCE_REQUIRED,
                    "The request names no instance: set the Service-CRN header to one of your instances.");
        }
        if (cmd.calibrationId() != null) {
            backend = calibrations.withCalibration(backend, cmd.calibrationId());
        }
        paramsValidator.validate(programId, cmd.params(), backend);
        if (usage.limitReached(caller.instanceId())) {
            throw new QrunException(ErrorCode.USAGE_LIMIT_REACHED, "Instance " + caller.instanceId()
                    + " has reached its usage limit for this period: wait for the next period or ask the operator"
                    + " to raise the limit (GET /api/v1/instances/usage shows it).");
        }
        Instant now = Times.now();
        String instanceId = workload != null ? workload.instanceId() : caller.instanceId();
        Job job = new Job(JobIds.next(), programId, backend.name(), instanceId, caller.userId(), cmd.sessionId(),
                JsonTrees.write(cmd.params()), tags, cost, cmd.privateJob(), logLevel.label(),
                JobSeeds.seedOf(programId, cmd.params()), now);
        job.runWithCalibration(cmd.calibrationId());
        jobs.add(job);
        jobs.addEvent(new JobEvent(job.id(), JobStatus.QUEUED, null, now));
        transitions.submitted(job, now);
        if (logLevel.admits(LogLevel.INFO)) {
            jobs.addLog(new JobLogLine(job.id(), now, LogLevel.INFO, "Job queued on backend " + backend.name()
                    + (workload == null ? "" : " in " + workload.mode().label() + " " + workload.id())
                    + (cmd.calibrationId() == null ? "" : ", to run with calibration " + cmd.calibrationId())));
        }
        backendChanged.fire(new BackendChanged(backend.name()));
        return JobViews.of(job, true);
    }

    public JobView get(Caller caller, String jobId) {
        return JobViews.of(visible(caller, jobId), true);
    }

    public JobPage list(Caller caller, JobQuery query) {
        String instance = caller.isAdmin() ? null : caller.instanceId();
        if (!caller.isAdmin() && instance == null) {
            return new JobPage(List.of(), 0, query.effectiveOffset(), query.effectiveLimit());
        }
        List<JobView> page = jobs.search(instance, query).stream()
                .map(j -> JobViews.of(j, !query.excludeParams())).collect(Collectors.toList());
        return new JobPage(page, jobs.count(instance, query), query.effectiveOffset(), query.effectiveLimit());
    }

    /** The result of a completed job; a private job's result is deleted once read. */
    @Transactional
    public Optional<JobResult> result(Caller caller, String jobId) {
        Job job = visible(caller, jobId);
        if (job.status() != JobStatus.COMPLETED) {
            return Optional.empty();
        }
        Optional<JobResultRecord> stored = jobs.result(jobId);
        if (stored.isPresent() && job.privateJob()) {
            jobs.deleteResult(stored.get());
        }
        return stored.map(r -> new JobResult(r.json()));
    }

    /**
     * Cancels the job, whatever its phase: it is Cancelled when this returns (its QPU freed and
     * handed on, its preprocessing or computation told to stop), so a 204 never ends otherwise.
     */
    public void cancel(Caller caller, String jobId) {
        Job job = visible(caller, jobId);
        // a scheduling transaction racing the cancel may make it fail on a version check
        carrier.carryOut(VersionConflicts.retried(() -> executions.cancel(job.id()).decisions()));
    }

    /**
     * The workload a submission joins, locked until the submission commits (so a close or cancel
     * of the workload waits for it, and then sees the job): it must be the caller's, on the named
     * backend if one is named, and accepting jobs.
     */
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

    @Transactional
    public void delete(Caller caller, String jobId) {
        Job job = visible(caller, jobId);
        if (!job.status().isFinal()) {
            throw new QrunException(ErrorCode.JOB_NOT_FINISHED, "Job " + jobId + " is " + job.status().label()
                    + ": cancel it first (POST /jobs/" + jobId + "/cancel), then delete it once it has ended.");
        }
        jobs.delete(job);
    }

    public JobMetrics metrics(Caller caller, String jobId) {
        Job job = visible(caller, jobId);
        Integer position = queue.position(job).orElse(null);
        Instant startEstimate = position != null ? startEstimates.of(job, position) : null;
        List<Map<String, Object>> spans = null;
        if (job.executionSpans() != null) {
            spans = spans(job.executionSpans());
        }
        return new JobMetrics(job.created(), job.running(), job.finished(), job.qpuChargeSeconds(),
                job.usageStatus().label(), position, startEstimate, spans);
    }

    public Optional<String> logs(Caller caller, String jobId) {
        Job job = visible(caller, jobId);
        List<JobLogLine> lines = jobs.logs(job.id());
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (JobLogLine line : lines) {
            text.append(line.at()).append(' ').append(line.level()).append(' ').append(line.message()).append('\n');
        }
        return Optional.of(text.toString());
    }

    @Transactional
    public void replaceTags(Caller caller, String jobId, List<String> tags) {
        Job job = visible(caller, jobId);
        job.replaceTags(SubmissionRules.tags(tags));
    }

    /** The job if the caller may see it; otherwise 404, the same answer as for an absent job. */
    private Job visible(Caller caller, String jobId) {
        Optional<Job> job = JobIds.isWellFormed(jobId) ? jobs.find(jobId) : Optional.empty();
        if (job.isEmpty() || !(caller.isAdmin() || job.get().instanceId().equals(caller.instanceId()))) {
            throw new QrunException(ErrorCode.JOB_NOT_FOUND, "Job " + jobId
                    + " does not exist: GET /api/v1/jobs lists your instance's jobs.");
        }
        return job.get();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> spans(String json) {
        Object tree = JsonTrees.parse(json);
        return tree instanceof List<?> list ? (List<Map<String, Object>>) list : null;
    }
}
