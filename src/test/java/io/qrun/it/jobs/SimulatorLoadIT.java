package io.qrun.it.jobs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.it.QrunIT;
import io.qrun.scheduling.OrphanReaper;
import io.qrun.scheduling.QuantumExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Many jobs at once on the queue-less simulator: the results of compute tasks that finish together
 * are stored in one transaction (io.qrun.application.execution.ComputedResults) and a ready job
 * starts without a pass (Planner.startOnSimulator). Each job must still end Completed with its own
 * seeded result: every (seed, shots) is submitted twice, and the two jobs must give the same
 * samples, whatever group each landed in; each job's log and timestamps tell the phases in order,
 * and no job needed the orphan reaper.
 */
@RunAsClient
class SimulatorLoadIT extends QrunIT {

    static final String BACKEND = "it_simulator";
    static final int DISTINCT = 24;
    static final int THREADS = 16;

    /** One submitted job and what it asked for. */
    record Sent(int seed, int shots, String id) {
    }

    @Test
    void concurrentSimulatorJobsEachCompleteWithTheirOwnSeededResult() throws Exception {
        JobsClient c = new JobsClient(apiBase(), newTenant("premium").apiKey());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Sent>> futures = new ArrayList<>();
        try {
            for (int k = 0; k < 2 * DISTINCT; k++) {
                int seed = 100 + k % DISTINCT;
                int shots = 20 + k % DISTINCT;
                Map<String, Object> body = JobsClient.bell(BACKEND, shots, null);
                @SuppressWarnings("unchecked")
                Map<String, Object> params = (Map<String, Object>) body.get("params");
                params.put("options", Map.of("simulator", Map.of("seed_simulator", seed)));
                futures.add(pool.submit(() -> {
                    start.await();
                    return new Sent(seed, shots, c.submit(body));
                }));
            }
            start.countDown();
            List<Sent> sent = new ArrayList<>();
            for (Future<Sent> f : futures) {
                sent.add(f.get(120, TimeUnit.SECONDS));
            }
            for (Sent s : sent) {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                        .until(() -> JobsClient.FINAL.contains(c.status(s.id())));
            }

            Map<Integer, List<String>> firstSamples = new HashMap<>();
            for (Sent s : sent) {
                Map<String, Object> job = c.job(s.id());
                assertEquals("Completed", job.get("status"), s.id() + ": " + job.get("state"));
                Instant created = Instant.parse((String) job.get("created"));
                Instant running = Instant.parse((String) job.get("running"));
                Instant ended = Instant.parse((String) job.get("ended"));
                assertFalse(running.isBefore(created), s.id() + " ran before it was created");
                assertFalse(ended.isBefore(running), s.id() + " ended before it ran");

                String logs = c.logs(s.id());
                int done = logs.indexOf("Preprocessing done");
                int executes = logs.indexOf("Quantum execution starts");
                assertTrue(done >= 0 && executes > done, s.id() + ": the phases out of order:\n" + logs);
                assertFalse(logs.contains(QuantumExecutor.RECOMPUTED) || logs.contains(OrphanReaper.RELAUNCHED),
                        s.id() + " needed the orphan reaper:\n" + logs);

                List<String> samples = c.request().get("/jobs/" + s.id() + "/results").then().statusCode(200)
                        .extract().jsonPath().getList("results[0].data.c.samples", String.class);
                assertEquals(s.shots(), samples.size(), s.id());
                assertEquals(List.of(), samples.stream().filter(x -> !x.equals("0x0") && !x.equals("0x3")).toList(),
                        s.id() + ": a Bell state measures only 00 and 11");
                List<String> twin = firstSamples.putIfAbsent(s.seed(), samples);
                if (twin != null) {
                    assertEquals(twin, samples, s.id() + " has the samples of the other job with seed " + s.seed());
                }
            }
            assertEquals(DISTINCT, firstSamples.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
