package io.qrun.infrastructure.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The batch execution this node launched last for each job it preprocesses. The job row records
 * its execution only when the ready step makes the job ready (in that step's own transaction):
 * a durable write of the id at the launch was a transaction of its own per job, about 7 % of the
 * server's CPU under a load of trivial jobs on H2, for a value that only this node's clock reads
 * while the job preprocesses. Nothing is lost at a restart: the restarted node launches every job
 * it was preprocessing again (RestartRecovery), and another node that takes over a dead node's job
 * launches it again itself.
 *
 * <p>Bounded: {@link #forgetAllBut} drops the launches of jobs that no longer preprocess here.
 */
@ApplicationScoped
public class NodeLaunches {

    /** One launch: the execution, and when this node started it. */
    public record Launch(long executionId, Instant launched) {
    }

    private final ConcurrentHashMap<String, Launch> byJob = new ConcurrentHashMap<>();

    public void record(String jobId, long executionId, Instant launched) {
        byJob.put(jobId, new Launch(executionId, launched));
    }

    public Optional<Launch> of(String jobId) {
        return Optional.ofNullable(byJob.get(jobId));
    }

    public void forget(String jobId) {
        byJob.remove(jobId);
    }

    /**
     * Keeps the launches of {@code preprocessing} (the jobs a read found preprocessing on this node)
     * and those made at or after {@code readStarted}: a launch follows the commit that started its
     * job, so a read that began after an older launch saw that job if it still preprocesses.
     */
    public void forgetAllBut(Set<String> preprocessing, Instant readStarted) {
        byJob.entrySet().removeIf(e -> !preprocessing.contains(e.getKey()) && e.getValue().launched().isBefore(readStarted));
    }

    public int size() {
        return byJob.size();
    }
}
