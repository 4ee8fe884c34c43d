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
import io.qrun.application.backends.BackendNotFound;
import io.qrun.application.backends.BackendRegistry;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobEvent;
import io.qrun.domain.job.JobIds;
import io.qrun.domain.job.JobLogLine;
import io.qrun.domain.job.JobResultRecord;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.job.LogLevel;
import io.qrun.application.json.JsonTrees;
import io.qrun.domain.job.JobRepository;
import io.qrun.application.port.RunningJobs;
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
 * {@code session_not_found} (sessions do not exist yet), {@code job_not_found}; 409
 * {@code usage_limit_reached}, {@code job_not_cancellable}, {@code job_not_finished}.
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
    RunningJobs running;

    @Inject
    Event<BackendChanged> backendChanged;

    @Transactional
    public JobView submit(Caller caller, SubmitJob cmd) {
        SubmissionRules.Checked checked = SubmissionRules.check(cmd);
        String programId = cmd.programId();
        if (cmd.sessionId() != null) {
            throw new QrunException(ErrorCode.SESSION_NOT_FOUND, "Session " + cmd.sessionId()
                    + " does not exist: sessions and batches are not available yet; submit without session_id.");
        }
        Backend backend = backends.find(cmd.backend()).orElseThrow(() -> BackendNotFound.of(cmd.backend()));
        List<String> tags = checked.tags();
        Long cost = checked.cost();
        LogLevel logLevel = checked.logLevel();
        if (caller.instanceId() == null) {
            throw new QrunException(ErrorCode.INSTANCE_REQUIRED,
                    "The request names no instance: set the Service-CRN header to one of your instances.");
        }
        paramsValidator.validate(programId, cmd.params(), backend);
        if (usage.limitReached(caller.instanceId())) {
            throw new QrunException(ErrorCode.USAGE_LIMIT_REACHED, "Instance " + caller.instanceId()
                    + " has reached its usage limit for this period: wait for the next period or ask the operator"
                    + " to raise the limit (GET /instances/usage shows it).");
        }
        Instant now = Times.now();
        Job job = new Job(JobIds.next(), programId, backend.name(), caller.instanceId(), caller.userId(), null,
                JsonTrees.write(cmd.params()), tags, cost, cmd.privateJob(), logLevel.label(),
                JobSeeds.seedOf(programId, cmd.params()), now);
        jobs.add(job);
        jobs.addEvent(new JobEvent(job.id(), JobStatus.QUEUED, null, now));
        if (logLevel.admits(LogLevel.INFO)) {
            jobs.addLog(new JobLogLine(job.id(), now, LogLevel.INFO, "Job queued on backend " + backend.name()));
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

    /** Cancels a queued job at once; asks a running one to stop (it ends Cancelled shortly). */
    public void cancel(Caller caller, String jobId) {
        Job job = visible(caller, jobId);
        JobTransitions.Cancel outcome = transitions.cancel(job.id(), Times.now());
        if (outcome.outcome() == JobTransitions.CancelOutcome.STOP_REQUESTED) {
            running.stop(job.id(), outcome.batchExecutionId());
        }
        // no transaction here: the scheduler observes the event at once
        backendChanged.fire(new BackendChanged(job.backend()));
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
        Integer position = job.status() == JobStatus.QUEUED ? queue.position(job.backend(), job.id()).orElse(null) : null;
        List<Map<String, Object>> spans = null;
        if (job.executionSpans() != null) {
            spans = spans(job.executionSpans());
        }
        return new JobMetrics(job.created(), job.running(), job.finished(), job.qpuChargeSeconds(),
                job.usageStatus().label(), position, null, spans);
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
