package io.qrun.it.api;

import static io.qrun.it.api.ApiClient.expect;
import static io.qrun.it.api.Jobs.at;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Job-mode submissions that arrive together are stored together (several in one transaction, on
 * whichever request's thread stores the group): each job must still be its own caller's, with its
 * own params and tags, and an instance at its usage limit must be refused inside a group without
 * taking the others with it. 64 submissions from 32 threads at once, a quarter of them by an
 * instance whose limit is 0.
 */
class ConcurrentSubmissionsIT extends ApiITBase {

    static final String FAST = "it_fast";
    static final int SUBMISSIONS = 64;
    static final int THREADS = 32;

    /** One submission's reply, with what it sent. */
    record Sent(int n, ApiClient by, int shots, ApiClient.Reply reply) {
    }

    @Test
    void concurrentSubmissionsAreEachTheirCallersAndALimitRefusesOnlyItsOwn() throws Exception {
        List<ApiClient> open = List.of(operator().newTenant("open", null), operator().newTenant("open", null),
                operator().newTenant("open", null));
        ApiClient limited = operator().newTenant("open", 0L);
        // paused, the jobs stay queued until all are counted
        expect(200, operator().post("admin/backends/" + FAST + "/pause", Map.of("reason", "ConcurrentSubmissionsIT")));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Sent>> replies = new ArrayList<>();
        try {
            for (int k = 0; k < SUBMISSIONS; k++) {
                int n = k;
                ApiClient by = n % 4 == 3 ? limited : open.get(n % 4);
                int shots = 10 + n;
                Map<String, Object> body = Jobs.with(Jobs.sampler(FAST, Jobs.BELL_QASM3, shots, 1000 + n), "tags",
                        List.of("n-" + n));
                replies.add(pool.submit(() -> {
                    start.await();
                    return new Sent(n, by, shots, by.post("jobs", body));
                }));
            }
            start.countDown();
            List<Sent> sent = new ArrayList<>();
            for (Future<Sent> f : replies) {
                sent.add(f.get(120, TimeUnit.SECONDS));
            }

            Map<ApiClient, Set<String>> accepted = new HashMap<>();
            Set<String> ids = new HashSet<>();
            for (Sent s : sent) {
                if (s.by() == limited) {
                    assertEquals(409, s.reply().status(), s.reply().body());
                    assertEquals("usage_limit_reached", s.reply().errorCode());
                    continue;
                }
                String id = (String) expect(200, s.reply()).map().get("id");
                assertTrue(ids.add(id), "id " + id + " given twice");
                accepted.computeIfAbsent(s.by(), b -> new TreeSet<>()).add(id);
            }
            assertEquals(SUBMISSIONS * 3 / 4, ids.size());
            assertEquals(0L, expect(200, limited.get("jobs")).map().get("count"), "the limited instance stored nothing");
            assertEquals(SUBMISSIONS * 3 / 4, lengthQueue(), "the queue counts every stored job once");
            expect(200, operator().post("admin/backends/" + FAST + "/resume", Map.of()));
            for (ApiClient c : open) {
                List<Map<String, Object>> listed = at(expect(200, c.get("jobs?limit=100")).map(), "jobs");
                Set<String> listedIds = new TreeSet<>();
                listed.forEach(j -> listedIds.add((String) j.get("id")));
                assertEquals(accepted.get(c), listedIds, "each instance lists exactly the jobs it submitted");
            }

            for (Sent s : sent) {
                if (s.by() == limited) {
                    continue;
                }
                String id = (String) s.reply().map().get("id");
                Map<String, Object> job = s.by().awaitFinal(id, Duration.ofSeconds(120));
                assertEquals("Completed", job.get("status"), id);
                assertEquals(s.by().userId(), job.get("user_id"), id);
                assertEquals(List.of("n-" + s.n()), job.get("tags"), id);
                assertEquals((Object) (long) s.shots(), at(job, "params", "shots"), id);
                List<?> samples = at(expect(200, s.by().get("jobs/" + id + "/results")).map(),
                        "results", 0, "data", "c", "samples");
                assertEquals(s.shots(), samples.size(), id + ": as many samples as its own shots");
                assertTrue(samples.stream().allMatch(x -> x.equals("0x0") || x.equals("0x3")), id + ": Bell samples");
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> lengthQueue() == 0);
        } finally {
            pool.shutdownNow();
            operator().post("admin/backends/" + FAST + "/resume", Map.of());
        }
    }

    private long lengthQueue() {
        return ((Number) expect(200, operator().get("backends/" + FAST + "/status")).map().get("length_queue")).longValue();
    }
}
