package io.qrun.application.jobs;

import io.qrun.application.backends.BackendQueueService;
import io.qrun.domain.job.JobQuery;
import io.qrun.application.QrunException;
import io.qrun.application.ErrorCode;
import io.qrun.application.accounts.Caller;
import io.qrun.application.backends.StartEstimates;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobIds;
import io.qrun.domain.job.JobLogLine;
import io.qrun.domain.job.JobResultRecord;
import io.qrun.domain.job.JobStatus;
import io.qrun.application.json.JsonTrees;
import io.qrun.domain.job.JobRepository;
import io.qrun.application.execution.Executions;
import io.qrun.application.execution.VersionConflicts;
import io.qrun.application.port.DecisionsCarrier;
import jakarta.enterprise.context.ApplicationScoped;
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
    BackendQueueService queue;

    @Inject
    Executions executions;

    @Inject
    StartEstimates startEstimates;

    @Inject
    DecisionsCarrier carrier;

    @Inject
    JobSubmissions submissions;

    /** Checks and stores a submission as a Queued job (JobSubmissions). */
    public JobView submit(Caller caller, SubmitJob cmd) {
        return submissions.submit(caller, cmd);
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
