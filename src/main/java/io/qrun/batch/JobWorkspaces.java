package io.qrun.batch;

import io.qrun.engine.primitives.JobSpec;
import io.qrun.engine.primitives.PreparedPub;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the preprocessing of one running job hands to its quantum execution in memory, on this
 * node: the validated spec, the prepared PUBs (compiled programs are large and not worth
 * persisting) with the calibration they were compiled for, and the reason of a failure for the
 * job listener. Lost on restart -- by design: the execution prepares again whatever is missing
 * (QuantumExecutor), and a job-mode job that was preprocessing starts over from the queue.
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
        /** The backend calibration's last_update_date the prepared PUBs were compiled with. */
        volatile Instant calibration;
        volatile Failure failure;
        /** Set when a step stopped on a signal (a cancel, or the server stopping). */
        volatile boolean interrupted;

        public JobSpec spec() {
            return spec;
        }

        public void spec(JobSpec s) {
            spec = s;
        }

        public Instant calibration() {
            return calibration;
        }

        /** The prepared PUB, or null when this node has not prepared it (or the calibration changed since). */
        public PreparedPub prepared(int index) {
            return prepared.get(index);
        }

        /** Forgets the prepared PUBs: they were compiled for another calibration. */
        public void recompileFor(Instant newCalibration) {
            prepared.clear();
            calibration = newCalibration;
        }

        /** The first failure wins: later ones are usually consequences of it. */
        void fail(Failure f) {
            if (failure == null) {
                failure = f;
            }
        }
    }
}
