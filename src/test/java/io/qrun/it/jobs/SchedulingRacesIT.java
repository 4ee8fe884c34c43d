package io.qrun.it.jobs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.it.QrunIT;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduler under concurrent triggers: three instances submit at once from many threads
 * (every submission and every end triggers a pass: passes race), a third of the jobs are
 * cancelled at whatever phase they have reached, and the backend is paused and resumed
 * meanwhile. Read off the timeline: the QPU never has two holders at once, a cancel answered
 * 204 always ends Cancelled (and a job not cancelled always Completed, exactly once), and nothing
 * starts while the backend is paused.
 */
@RunAsClient
class SchedulingRacesIT extends QrunIT {

    static final String BACKEND = "it_session";

    @AfterEach
    void resume() {
        admin().contentType(ContentType.JSON).body("{}").post("/admin/backends/" + BACKEND + "/resume");
    }

    @Test
    void concurrentSubmissionsCancelsAndPausesNeverBreakTheQpuOrTheStates() throws Exception {
        List<JobsClient> clients = List.of(client(), client(), client());
        Map<String, JobsClient> owner = new ConcurrentHashMap<>();
        List<String> cancelled = Collections.synchronizedList(new ArrayList<>());
        List<Instant[]> pauses = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int k = 0; k < 36; k++) {
            int n = k;
            work.add(pool.submit(() -> {
                JobsClient c = clients.get(n % 3);
                String id = c.submit(JobsClient.bell(BACKEND, 20, null));
                owner.put(id, c);
                if (n % 3 == 0) {
                    var r = c.cancel(id);
                    if (r.statusCode() == 204) {
                        cancelled.add(id);
                    } else {
                        assertEquals("job_not_cancellable", r.jsonPath().getString("errors[0].code"));
                    }
                }
                return null;
            }));
        }
        work.add(pool.submit(() -> {
            for (int p = 0; p < 5; p++) {
                admin().contentType(ContentType.JSON).body(json(Map.of("reason", "SchedulingRacesIT")))
                        .post("/admin/backends/" + BACKEND + "/pause").then().statusCode(200);
                Instant paused = Instant.now();
                Thread.sleep(150);
                Instant resuming = Instant.now();
                admin().contentType(ContentType.JSON).body("{}").post("/admin/backends/" + BACKEND + "/resume")
                        .then().statusCode(200);
                pauses.add(new Instant[] {paused, resuming});
                Thread.sleep(100);
            }
            return null;
        }));
        for (Future<?> f : work) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                owner.entrySet().stream().allMatch(e -> JobsClient.FINAL.contains(e.getValue().status(e.getKey()))));

        for (Map.Entry<String, JobsClient> e : owner.entrySet()) {
            String status = e.getValue().status(e.getKey());
            assertEquals(cancelled.contains(e.getKey()) ? "Cancelled" : "Completed", status, e.getKey());
        }
        List<Map<String, Object>> intervals = admin().get("/backends/" + BACKEND + "/timeline").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("").stream()
                .filter(i -> owner.containsKey(i.get("job_id"))).toList();
        for (String id : owner.keySet()) {
            long runs = intervals.stream().filter(i -> id.equals(i.get("job_id"))).count();
            assertTrue(runs <= 1, id + " held the QPU " + runs + " times");
            if (!cancelled.contains(id)) {
                assertEquals(1, runs, id + " completed, so it held the QPU once");
            }
        }
        List<Map<String, Object>> sorted = new ArrayList<>(intervals);
        // by instant, not by text: an instant on a whole second prints without a fraction ("...:50Z"),
        // which sorts after "...:50.173Z"
        sorted.sort(java.util.Comparator.comparing(i -> Instant.parse((String) i.get("start"))));
        for (int k = 1; k < sorted.size(); k++) {
            assertFalse(Instant.parse((String) sorted.get(k).get("start"))
                    .isBefore(Instant.parse((String) sorted.get(k - 1).get("end"))),
                    "two holders at once: " + sorted.get(k - 1) + " and " + sorted.get(k));
        }
        for (Instant[] window : pauses) {
            for (Map<String, Object> i : intervals) {
                Instant start = Instant.parse((String) i.get("start"));
                assertFalse(start.isAfter(window[0]) && start.isBefore(window[1]),
                        "started while paused (" + window[0] + " .. " + window[1] + "): " + i);
            }
        }
    }

    private JobsClient client() {
        return new JobsClient(apiBase(), newTenant("premium").apiKey());
    }
}
