package io.qrun.it.jobs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.qrun.it.QrunIT;
import io.qrun.scheduling.OrphanReaper;
import io.qrun.scheduling.QuantumExecutor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Many small jobs one after the other on the queue-less simulator, each submitted as soon as the
 * previous one ended: the pattern where each step reads, on another connection, the row the step
 * before it committed a millisecond earlier. With the H2 2.2.224 driver WildFly ships, about one
 * job in a hundred had a step read the job as before that commit, for seconds: the job then
 * waited for the orphan reaper (a lost compute task computed again after seconds, a launch that
 * recorded no batch execution launched again after five minutes). Every job here must complete
 * on the first try, with the seeded result of the first one, and without a line of the reaper in
 * its log.
 */
@RunAsClient
class SequentialJobsIT extends QrunIT {

    static final String BACKEND = "it_simulator";
    static final int JOBS = 200;
    static final int SHOTS = 50;

    @Test
    void everySequentialJobCompletesOnTheFirstTryWithTheSameSeededResult() {
        JobsClient c = new JobsClient(apiBase(), newTenant("premium").apiKey());
        List<String> first = null;
        for (int n = 0; n < JOBS; n++) {
            String id = c.submit(JobsClient.bell(BACKEND, SHOTS, null));
            // polled often so that the next job follows at once; each job takes tens of milliseconds
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5)).ignoreExceptions()
                    .until(() -> JobsClient.FINAL.contains(c.status(id)));
            Map<String, Object> job = c.job(id);
            assertEquals("Completed", job.get("status"), "job " + n + " (" + id + "): " + job.get("state"));
            String logs = c.logs(id);
            assertFalse(logs.contains(QuantumExecutor.RECOMPUTED) || logs.contains(OrphanReaper.RELAUNCHED),
                    "job " + n + " (" + id + ") needed the orphan reaper:\n" + logs);
            List<String> samples = c.request().get("/jobs/" + id + "/results").then().statusCode(200)
                    .extract().jsonPath().getList("results[0].data.c.samples", String.class);
            assertEquals(SHOTS, samples.size());
            if (first == null) {
                first = samples;
                assertEquals(List.of(), samples.stream().filter(x -> !x.equals("0x0") && !x.equals("0x3")).toList(),
                        "a Bell state measures only 00 and 11");
                assertEquals(2, samples.stream().distinct().count(), "50 shots of a Bell state show both outcomes");
            } else {
                assertEquals(first, samples, "job " + n + " has the seeded samples of the first job");
            }
        }
    }
}
