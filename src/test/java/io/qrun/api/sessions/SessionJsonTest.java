package io.qrun.api.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.qrun.application.workloads.WorkloadView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionJsonTest {

    private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant STARTED = Instant.parse("2026-12-01T10:00:01Z");
    private static final Instant COMPLETED = Instant.parse("2026-12-01T10:00:02.5Z");

    private static WorkloadView active(Instant interactiveDeadline) {
        return new WorkloadView("s1", "qrun_ideal", "dedicated", "active", "job started", true, 600, 60, 598,
                CREATED, STARTED, STARTED, null, STARTED, COMPLETED, interactiveDeadline,
                List.of(new WorkloadView.Change("active", STARTED, "job started")), "u1", "i1", 1.5);
    }

    @Test
    void theSessionObjectCarriesTheTimersAClientCountsDown() {
        Map<String, Object> json = SessionJson.session(active(COMPLETED.plusSeconds(60)));
        assertEquals(600L, json.get("max_ttl"));
        assertEquals(60L, json.get("interactive_ttl"));
        assertEquals(598L, json.get("active_ttl"));
        assertEquals(STARTED, json.get("started_at"));
        assertEquals(COMPLETED, json.get("last_job_completed"));
        assertEquals(Instant.parse("2026-12-01T10:01:02.5Z"), json.get("interactive_ttl_deadline"));
        assertEquals(List.of("id", "backend_name", "mode", "state", "state_reason", "accepting_jobs", "max_ttl",
                "interactive_ttl", "active_ttl", "created_at", "started_at", "activated_at", "closed_at",
                "last_job_started", "last_job_completed", "interactive_ttl_deadline", "timestamps", "user_id",
                "instance", "elapsed_time"), List.copyOf(json.keySet()));
    }

    @Test
    void withoutAnInteractiveDeadlineTheFieldIsNull() {
        assertNull(SessionJson.session(active(null)).get("interactive_ttl_deadline"));
    }
}
