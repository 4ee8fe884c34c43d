package io.qrun.application.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The operator's job and scheduling settings, read from system properties (set them in
 * standalone.xml or with -D; see wildfly-config/configure-batch-pools.cli for the thread budget
 * they imply). Read on every call so an operator can change them with the CLI at run time.
 */
@ApplicationScoped
public class JobSettings {

    /** The operator's cap on a job's maximum execution time (seconds); also a job's default. */
    public long maxExecutionSeconds() {
        return Long.getLong("qrun.jobs.max-execution-seconds", 10_800L);
    }

    /** The rolling window of the fair-share usage (default 28 days). */
    public Duration fairShareWindow() {
        return Duration.ofSeconds(Long.getLong("qrun.fair-share.window-seconds", 28L * 24 * 3600));
    }

    /** How often the scheduler's safety-net timer runs a pass over every backend. */
    public long schedulerTickMillis() {
        return Long.getLong("qrun.scheduler.tick-millis", 2000L);
    }

    /**
     * Jobs running at once on one simulator backend. Simulator jobs skip the queue, but each one
     * holds batch threads; the cap keeps the thread budget of configure-batch-pools.cli valid.
     * Jobs beyond it stay Queued for the moment it takes another to finish.
     */
    public int simulatorMaxConcurrentJobs() {
        return Integer.getInteger("qrun.simulator.max-concurrent-jobs", 4);
    }

    /** The most preprocessing partitions (threads) one job uses; PUBs are grouped round-robin. */
    public int maxPreprocessPartitions() {
        return Math.max(1, Integer.getInteger("qrun.jobs.max-preprocess-partitions", 4));
    }

    /** The largest simulated circuit (qubits after compaction). */
    public int maxSimulatedQubits() {
        return Integer.getInteger("qrun.engine.max-qubits", 28);
    }
}
