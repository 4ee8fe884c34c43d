package io.qrun.batch;

import io.qrun.engine.primitives.JobSpec;
import io.qrun.engine.primitives.PreparedPub;
import io.qrun.engine.primitives.PubResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the steps of one running job hand to each other in memory: the validated spec, the
 * prepared PUBs (compiled programs are large and not worth persisting), the PUB results and
 * execution spans, and the reason of a failure for the job listener. Lost on restart -- by
 * design: a re-queued job starts over, and the execute step prepares again whatever is missing.
 */
@ApplicationScoped
public class JobWorkspaces {

    private final ConcurrentHashMap<String, Workspace> byJob = new ConcurrentHashMap<>();

    public Workspace of(String jobId) {
        return byJob.computeIfAbsent(jobId, id -> new Workspace());
    }

    public Optional<Workspace> existing(String jobId) {
        return Optional.ofNullable(byJob.get(jobId));
    }

    public void drop(String jobId) {
        byJob.remove(jobId);
    }

    /** Why a job failed, as its state will show it. */
    public record Failure(String reason, int reasonCode, String solution) {
    }

    /** One job's in-memory state; fields are written by one step and read by later ones. */
    public static final class Workspace {
        volatile JobSpec spec;
        final ConcurrentHashMap<Integer, PreparedPub> prepared = new ConcurrentHashMap<>();
        volatile List<PubResult> results;
        volatile List<Map<String, Object>> spans;
        volatile Failure failure;
        /** Set when a step stopped on a signal: without a durable stop request the job is re-queued. */
        volatile boolean interrupted;

        /** The first failure wins: later ones are usually consequences of it. */
        void fail(Failure f) {
            if (failure == null) {
                failure = f;
            }
        }
    }
}
