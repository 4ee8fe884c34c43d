package io.qrun.api.jobs;

import io.qrun.application.jobs.JobMetrics;
import io.qrun.application.jobs.JobPage;
import io.qrun.application.jobs.JobView;
import io.qrun.domain.job.JobStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job object of the REST API, with the exact field names of the service it mirrors
 * (README and docs/jobs-and-scheduling.md). Timestamps stay Instants here; {@link io.qrun.api.json.JsonResponses} writes them as
 * UTC ISO-8601 with {@code Z}.
 */
public final class JobJson {

    private JobJson() {}

    /** @param includeParams false for listings with exclude_params; a private job's params are never shown */
    public static Map<String, Object> job(JobView job, boolean includeParams) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", job.id());
        json.put("backend", job.backend());
        json.put("status", job.status());
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", stateStatus(job.status()));
        state.put("reason", job.reason());
        state.put("reason_code", job.reasonCode());
        state.put("reason_solution", job.reasonSolution());
        json.put("state", state);
        json.put("program", Map.of("id", job.programId()));
        json.put("created", job.created());
        json.put("running", job.running());
        json.put("ended", job.finished());
        json.put("cost", job.cost());
        json.put("tags", job.tags() == null ? List.of() : job.tags());
        json.put("session_id", job.sessionId());
        if (job.calibrationId() != null) {
            json.put("calibration_id", job.calibrationId());
        }
        json.put("user_id", job.userId());
        json.put("private", job.privateJob());
        if (includeParams && !job.privateJob() && job.params() != null) {
            json.put("params", job.params());
        }
        json.put("usage", usage(job.qpuChargeTimeSeconds(), job.usageStatus()));
        json.put("estimated_running_time_seconds", job.estimatedRunningTimeSeconds());
        return json;
    }

    /**
     * {@code state.status} in the vocabulary the Qiskit client knows (Queued, Running, Completed,
     * Cancelled, Failed): a job stopped at its maximum execution time is Cancelled there, its
     * reason_code (1305) says why, while the legacy top-level status keeps "Cancelled - Ran too
     * long". The client polls until state.status is one of its final states, so an unknown word
     * would make it poll forever.
     */
    static String stateStatus(String status) {
        return RAN_TOO_LONG.equals(status) ? CANCELLED : status;
    }

    private static final String RAN_TOO_LONG = JobStatus.CANCELLED_RAN_TOO_LONG.label();
    private static final String CANCELLED = JobStatus.CANCELLED.label();

    public static Map<String, Object> page(JobPage page, boolean includeParams) {
        List<Object> jobs = new ArrayList<>();
        for (JobView job : page.jobs()) {
            jobs.add(job(job, includeParams));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jobs", jobs);
        json.put("count", page.count());
        json.put("offset", page.offset());
        json.put("limit", page.limit());
        return json;
    }

    public static Map<String, Object> metrics(JobMetrics m) {
        Map<String, Object> timestamps = new LinkedHashMap<>();
        timestamps.put("created", m.created());
        timestamps.put("running", m.running());
        timestamps.put("finished", m.finished());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("timestamps", timestamps);
        json.put("usage", usage(m.qpuChargeTimeSeconds(), m.usageStatus()));
        // optional fields: present only when they mean something for this job's state
        if (m.queuePosition() != null) {
            json.put("queue_position", m.queuePosition());
        }
        if (m.estimatedStartTime() != null) {
            json.put("estimated_start_time", m.estimatedStartTime());
        }
        if (m.executionSpans() != null) {
            json.put("execution_spans", m.executionSpans());
        }
        return json;
    }

    private static Map<String, Object> usage(Double qpuSeconds, String status) {
        Map<String, Object> usage = new LinkedHashMap<>();
        usage.put("qpu_charge_time_seconds", qpuSeconds);
        usage.put("status", status);
        return usage;
    }
}
