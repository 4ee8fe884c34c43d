package io.qrun.it.jobs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.it.QrunIT;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The counted queue positions of GET /jobs/{id}/metrics and the scheduler's pick, read a few index
 * ranges at a time, against the full sort that the operator's queue view
 * (GET /admin/backends/{name}/queue) still makes of every queued job: on one mixed queue, with
 * instances of different usage and share, two that have used nothing (tied, the older job first),
 * one at its usage limit (its jobs wait last), and jobs of a session and of a batch.
 */
@RunAsClient
class QueuePositionsIT extends QrunIT {

    static final String QPU = "it_queue";
    static final String SLOW = "it_slow";
    static final Duration DEADLINE = Duration.ofSeconds(120);

    @AfterEach
    void resumeBackend() {
        admin().contentType(ContentType.JSON).body("{}").post("/admin/backends/" + QPU + "/resume");
    }

    @Test
    void countedPositionsAndThePickFollowTheFullSortOfAMixedQueue() {
        Tenant a = tenant(1.0);
        Tenant b = tenant(2.0);
        Tenant c = tenant(1.0);
        Tenant idle1 = tenant(3.0);
        Tenant idle2 = tenant(1.0);
        Tenant limited = tenant(1.0);
        // usage in the window: A two jobs, B two jobs with twice the share, C one
        for (Tenant t : List.of(a, a, b, b, c)) {
            JobsClient jc = client(t);
            assertCompleted(jc.awaitFinal(jc.submit(JobsClient.bell(QPU, 20, null)), DEADLINE));
        }

        pause();
        Map<String, Tenant> owner = new HashMap<>();
        String session = createSession(client(c), "dedicated");
        String batch = createSession(client(a), "batch");
        List<Object[]> submissions = List.of(
                new Object[] {limited, null}, new Object[] {a, null}, new Object[] {idle2, null},
                new Object[] {c, session}, new Object[] {b, null}, new Object[] {idle1, null},
                new Object[] {a, batch}, new Object[] {c, null}, new Object[] {limited, null},
                new Object[] {idle2, null}, new Object[] {b, null}, new Object[] {c, session},
                new Object[] {a, null}, new Object[] {idle1, null}, new Object[] {a, batch});
        for (Object[] s : submissions) {
            Tenant t = (Tenant) s[0];
            owner.put(client(t).submit(body((String) s[1])), t);
        }
        // at its limit now: its queued jobs stay, after everyone else's
        admin().body(json(Map.of("usage_limit_seconds", 0))).patch("/admin/instances/" + limited.instanceId())
                .then().statusCode(200);

        List<String> fullSort = queueView();
        assertEquals(owner.keySet().size(), fullSort.size(), fullSort.toString());
        // the two instances that used nothing go first (idle2's job is older), the limited one last
        assertEquals(idle2.instanceId(), instanceOf(owner, fullSort.get(0)));
        assertEquals(limited.instanceId(), instanceOf(owner, fullSort.get(fullSort.size() - 1)));
        assertPositionsFollow(fullSort, owner);

        // jobs leave the queue by a cancel and by the session's close (its queued jobs fail): the
        // kept counts follow, and the positions of the others still equal the full sort's
        String cancelled = fullSort.stream().filter(id -> owner.get(id) == b).findFirst().orElseThrow();
        client(b).request().post("/jobs/" + cancelled + "/cancel").then().statusCode(204);
        client(c).request().delete("/sessions/" + session + "/close").then().statusCode(204);
        List<String> afterLeaving = queueView();
        assertEquals(fullSort.size() - 3, afterLeaving.size(), afterLeaving.toString());
        assertFalse(afterLeaving.contains(cancelled), afterLeaving.toString());
        assertPositionsFollow(afterLeaving, owner);
        fullSort = afterLeaving;

        resume();
        String head = fullSort.get(0);
        assertCompleted(client(owner.get(head)).awaitFinal(head, DEADLINE));
        List<String> picked = new ArrayList<>();
        for (Map<String, Object> interval : admin().get("/backends/" + QPU + "/timeline").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("")) {
            if (owner.containsKey(interval.get("job_id"))) {
                picked.add((String) interval.get("job_id"));
            }
        }
        assertTrue(!picked.isEmpty() && head.equals(picked.get(0)), "the pick is the head of the full sort: " + picked);
    }

    /**
     * The usage the scheduler keeps per instance (V17, summed as intervals close) is what the timelines
     * show: each instance's intervals on every backend (fair share is per instance, not per backend), less
     * those of a job the user cancelled while it ran, which had counted when its interval closed. The queue
     * view shows it for each instance with queued jobs, with the share and the usage per share.
     */
    @Test
    void theQueueViewShowsTheKeptUsageThatTheTimelinesAddUpTo() {
        Tenant a = tenant(1.0);
        Tenant b = tenant(2.0);
        for (Tenant t : List.of(a, a, b)) {
            JobsClient jc = client(t);
            assertCompleted(jc.awaitFinal(jc.submit(JobsClient.bell(QPU, 20, null)), DEADLINE));
        }
        JobsClient bc = client(b);
        String cancelled = bc.submit(JobsClient.bell(SLOW, 20, null));
        bc.awaitStatus(cancelled, DEADLINE, "Running");
        // long enough an interval that leaving it out shows beyond the timeline's millisecond rounding
        Instant held = Instant.parse((String) intervalsOf(SLOW, cancelled).get(0).get("start"));
        await().atMost(DEADLINE).until(() -> Instant.now().isAfter(held.plusSeconds(1)));
        bc.cancel(cancelled).then().statusCode(204);
        assertEquals("Cancelled", bc.awaitFinal(cancelled, DEADLINE).get("status"));
        Map<String, Object> slowInterval = intervalsOf(SLOW, cancelled).get(0);
        double slowSeconds = seconds(slowInterval);
        assertTrue(slowSeconds >= 1.0, "the cancelled job held it_slow " + slowSeconds + " s");

        pause();
        String queuedA = client(a).submit(body(null));
        String queuedB = bc.submit(body(null));
        Map<String, Map<String, Object>> shown = new HashMap<>();
        for (Map<String, Object> i : admin().get("/admin/backends/" + QPU + "/queue").then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("instances")) {
            shown.put((String) i.get("instance"), i);
        }
        for (Tenant t : List.of(a, b)) {
            List<Map<String, Object>> intervals = new ArrayList<>();
            for (String backend : List.of(QPU, SLOW)) {
                for (Map<String, Object> i : admin().get("/backends/" + backend + "/timeline").then().statusCode(200)
                        .extract().jsonPath().<Map<String, Object>>getList("")) {
                    if (t.instanceId().equals(i.get("instance")) && !cancelled.equals(i.get("job_id"))) {
                        intervals.add(i);
                    }
                }
            }
            double expected = intervals.stream().mapToDouble(QueuePositionsIT::seconds).sum();
            Map<String, Object> view = shown.get(t.instanceId());
            double usage = ((Number) view.get("usage_seconds")).doubleValue();
            double share = ((Number) view.get("share")).doubleValue();
            // the timeline's timestamps are whole milliseconds, the kept usage whole microseconds
            assertEquals(expected, usage, 0.001 * intervals.size(), t.instanceId() + " " + intervals + " " + view);
            assertEquals(t == a ? 1.0 : 2.0, share, view.toString());
            assertEquals(usage / share, ((Number) view.get("usage_per_share")).doubleValue(), 1e-12, view.toString());
            assertEquals(false, view.get("limit_reached"), view.toString());
        }
        assertTrue(queueView().containsAll(List.of(queuedA, queuedB)));
        client(a).cancel(queuedA).then().statusCode(204);
        bc.cancel(queuedB).then().statusCode(204);
    }

    /**
     * An instance's first submissions, many at once, each create a stripe of its kept count
     * (V16) at random: two of them creating the same stripe race on its key, and the loser must
     * neither fail its submission nor leave an error in the server's log; the kept count (the
     * backend's length and every job's position) is the number of queued rows, and it falls to
     * nothing again as they are cancelled.
     */
    @Test
    void concurrentFirstSubmissionsOfAnInstanceAreAllCountedWithoutAnError() throws Exception {
        Path serverLog = Path.of(System.getProperty("qrun.it.jboss.home"), "standalone", "log", "server.log");
        long logBefore = Files.size(serverLog);
        Tenant t = tenant(1.0);
        JobsClient jc = client(t);
        pause();
        int threads = 16;
        int jobs = 64;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<List<String>>> work = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            work.add(pool.submit(() -> {
                start.await();
                List<String> ids = new ArrayList<>();
                for (int j = 0; j < jobs / threads; j++) {
                    ids.add(jc.submit(body(null)));
                }
                return ids;
            }));
        }
        List<String> ours = new ArrayList<>();
        for (Future<List<String>> f : work) {
            ours.addAll(f.get(DEADLINE.toSeconds(), TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(jobs, new java.util.HashSet<>(ours).size());

        // the queue may hold other tests' jobs (an instance at its limit keeps its own for good)
        List<String> fullSort = queueView();
        assertTrue(fullSort.containsAll(ours), fullSort.toString());
        assertEquals(fullSort.size(), lengthQueue(), "length_queue");
        for (String id : ours) {
            Map<String, Object> m = jc.request().get("/jobs/" + id + "/metrics").then().statusCode(200)
                    .extract().jsonPath().getMap("");
            assertEquals(fullSort.indexOf(id) + 1, ((Number) m.get("queue_position")).intValue(), id + " " + m);
        }
        for (String id : ours) {
            jc.cancel(id).then().statusCode(204);
        }
        assertEquals(fullSort.size() - jobs, lengthQueue(), "length_queue after the cancels");

        List<String> errors = newLines(serverLog, logBefore).stream().filter(l -> l.contains(" ERROR ")).toList();
        assertTrue(errors.isEmpty(), "errors logged while the instance's first jobs were submitted: " + errors);
    }

    private int lengthQueue() {
        return admin().get("/backends/" + QPU + "/status").then().statusCode(200).extract().jsonPath().getInt("length_queue");
    }

    /** The lines appended to the log since it had the given size. */
    private static List<String> newLines(Path log, long from) throws java.io.IOException {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(log.toFile(), "r")) {
            f.seek(Math.min(from, f.length()));
            byte[] appended = new byte[(int) (f.length() - f.getFilePointer())];
            f.readFully(appended);
            return new String(appended, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
    }

    private List<Map<String, Object>> intervalsOf(String backend, String jobId) {
        return admin().get("/backends/" + backend + "/timeline").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("").stream().filter(i -> jobId.equals(i.get("job_id"))).toList();
    }

    private static double seconds(Map<String, Object> interval) {
        return Duration.between(Instant.parse((String) interval.get("start")),
                Instant.parse((String) interval.get("end"))).toNanos() / 1e9;
    }

    /** Each job's queue_position is its place in the full sort, estimates follow it, and the backend's length is the sort's. */
    private void assertPositionsFollow(List<String> fullSort, Map<String, Tenant> owner) {
        Instant previousStart = null;
        for (int p = 0; p < fullSort.size(); p++) {
            String id = fullSort.get(p);
            Map<String, Object> m = client(owner.get(id)).request().get("/jobs/" + id + "/metrics").then().statusCode(200)
                    .extract().jsonPath().getMap("");
            assertEquals(p + 1, ((Number) m.get("queue_position")).intValue(), id + " " + m);
            Instant start = Instant.parse((String) m.get("estimated_start_time"));
            if (previousStart != null) {
                assertFalse(start.isBefore(previousStart), "estimates follow the order: " + m);
            }
            previousStart = start;
        }
        assertEquals(fullSort.size(), lengthQueue(), "length_queue");
    }

    private Tenant tenant(double share) {
        Tenant t = newTenant("premium");
        admin().body(json(Map.of("share", share))).patch("/admin/instances/" + t.instanceId()).then().statusCode(200);
        return t;
    }

    private JobsClient client(Tenant t) {
        return new JobsClient(apiBase(), t.apiKey());
    }

    private static Map<String, Object> body(String session) {
        Map<String, Object> body = JobsClient.bell(QPU, 20, null);
        if (session != null) {
            body.remove("backend");
            body.put("session_id", session);
        }
        return body;
    }

    private String createSession(JobsClient jc, String mode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mode", mode);
        body.put("backend", QPU);
        return (String) jc.request().body(json(body)).post("/sessions").then().statusCode(200).extract().jsonPath()
                .getMap("").get("id");
    }

    private List<String> queueView() {
        return admin().get("/admin/backends/" + QPU + "/queue").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("jobs").stream().map(j -> (String) j.get("id")).toList();
    }

    private static String instanceOf(Map<String, Tenant> owner, String jobId) {
        return owner.get(jobId).instanceId();
    }

    private void pause() {
        admin().contentType(ContentType.JSON).body(json(Map.of("reason", "QueuePositionsIT fills the queue")))
                .post("/admin/backends/" + QPU + "/pause").then().statusCode(200);
    }

    private void resume() {
        admin().contentType(ContentType.JSON).body("{}").post("/admin/backends/" + QPU + "/resume").then().statusCode(200);
    }
}
