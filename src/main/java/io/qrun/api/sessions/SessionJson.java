package io.qrun.api.sessions;

import io.qrun.application.workloads.WorkloadPage;
import io.qrun.application.workloads.WorkloadView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The session object of the REST API (rest-api.md, Sessions), with the exact field names. */
public final class SessionJson {

    private SessionJson() {
    }

    public static Map<String, Object> session(WorkloadView w) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", w.id());
        json.put("backend_name", w.backend());
        json.put("mode", w.mode());
        json.put("state", w.state());
        json.put("state_reason", w.stateReason());
        json.put("accepting_jobs", w.acceptingJobs());
        json.put("max_ttl", w.maxTtl());
        json.put("interactive_ttl", w.interactiveTtl());
        json.put("active_ttl", w.activeTtl());
        json.put("created_at", w.createdAt());
        json.put("started_at", w.startedAt());
        json.put("activated_at", w.activatedAt());
        json.put("closed_at", w.closedAt());
        json.put("last_job_started", w.lastJobStarted());
        json.put("last_job_completed", w.lastJobCompleted());
        // not in the service this API mirrors: the stored deadline, so that a client can count the
        // interactive TTL down (it cannot be derived: a job still running defers it)
        json.put("interactive_ttl_deadline", w.interactiveDeadline());
        json.put("timestamps", w.timestamps().stream().map(SessionJson::change).toList());
        json.put("user_id", w.userId());
        json.put("instance", w.instanceId());
        json.put("elapsed_time", Math.round(w.elapsedTime() * 1000.0) / 1000.0);
        return json;
    }

    public static Map<String, Object> page(WorkloadPage page) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Map<String, Object>> sessions = page.sessions().stream().map(SessionJson::session).toList();
        json.put("sessions", sessions);
        json.put("count", page.count());
        json.put("offset", page.offset());
        json.put("limit", page.limit());
        return json;
    }

    private static Map<String, Object> change(WorkloadView.Change c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", c.status());
        json.put("timestamp", c.timestamp());
        json.put("reason", c.reason());
        return json;
    }
}
