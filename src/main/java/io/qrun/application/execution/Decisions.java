package io.qrun.application.execution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a committed scheduling transaction leaves to threads and timers: the jobs whose
 * partitioned preprocessing (a Jakarta Batch job) must start, the jobs whose quantum execution
 * must be computed, and the deadlines to arm. Collected inside the transaction, carried out by
 * the caller after the commit (never before: a thread or timer must find the committed state).
 */
public final class Decisions {

    /** What a timer is armed for. */
    public enum TimerKind { JOB, WORKLOAD, CALIBRATION }

    /** A timer to arm (or re-arm: one per target); {@code at} null cancels it. */
    public record Timer(TimerKind kind, String target, Instant at) {
        public String key() {
            return kind.name().toLowerCase() + ":" + target;
        }
    }

    private final Set<String> preprocess = new LinkedHashSet<>();
    private final Set<String> compute = new LinkedHashSet<>();
    private final Map<String, Timer> timers = new LinkedHashMap<>();
    private final Set<String> passes = new LinkedHashSet<>();
    private final Set<String> stopPreprocessing = new LinkedHashSet<>();
    private final Set<String> usageLimitReached = new LinkedHashSet<>();

    public void preprocess(String jobId) {
        preprocess.add(jobId);
    }

    public void compute(String jobId) {
        compute.add(jobId);
    }

    public void arm(TimerKind kind, String target, Instant at) {
        Timer t = new Timer(kind, target, at);
        timers.put(t.key(), t);
    }

    /** Another pass on the backend after the commit (something was freed that this pass did not hand out). */
    public void pass(String backend) {
        passes.add(backend);
    }

    /** The job ended while its preprocessing runs: stop its batch execution. */
    public void stopPreprocessing(String jobId) {
        stopPreprocessing.add(jobId);
    }

    /** The instance reached its usage limit: its workloads end (in their own transactions, after this one). */
    public void usageLimitReached(String instanceId) {
        usageLimitReached.add(instanceId);
    }

    public List<String> usageLimitReached() { return new ArrayList<>(usageLimitReached); }
    public List<String> preprocess() { return new ArrayList<>(preprocess); }
    public List<String> compute() { return new ArrayList<>(compute); }
    public List<Timer> timers() { return new ArrayList<>(timers.values()); }
    public List<String> passes() { return new ArrayList<>(passes); }
    public List<String> stopPreprocessing() { return new ArrayList<>(stopPreprocessing); }

    @Override
    public String toString() {
        return "Decisions[preprocess=" + preprocess + ", compute=" + compute + ", timers=" + timers.keySet()
                + ", passes=" + passes + "]";
    }
}
