package io.qrun.application.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's job and scheduling settings, through MicroProfile Config: a system property
 * ({@code -Dqrun.jobs.max-execution-seconds=600}, or standalone.xml) or the environment variable
 * of the same name in capitals with underscores ({@code QRUN_JOBS_MAX_EXECUTION_SECONDS}). Each
 * is read when used (a {@code Provider}), so a property changed with the CLI applies at once. The
 * table of every setting is in docs/configuration.md; the thread budget they imply is in
 * wildfly-config/configure-batch-pools.cli.
 */
@ApplicationScoped
public class JobSettings {

    @Inject
    @ConfigProperty(name = "qrun.jobs.max-execution-seconds", defaultValue = "10800")
    Provider<Long> maxExecutionSeconds;

    @Inject
    @ConfigProperty(name = "qrun.fair-share.window-seconds", defaultValue = "2419200")
    Provider<Long> fairShareWindowSeconds;

    @Inject
    @ConfigProperty(name = "qrun.scheduler.tick-millis", defaultValue = "2000")
    Provider<Long> schedulerTickMillis;

    @Inject
    @ConfigProperty(name = "qrun.simulator.max-concurrent-jobs", defaultValue = "4")
    Provider<Integer> simulatorMaxConcurrentJobs;

    @Inject
    @ConfigProperty(name = "qrun.jobs.max-preprocess-partitions", defaultValue = "4")
    Provider<Integer> maxPreprocessPartitions;

    @Inject
    @ConfigProperty(name = "qrun.engine.max-qubits", defaultValue = "28")
    Provider<Integer> maxSimulatedQubits;

    /** The operator's cap on a job's maximum execution time (seconds); also a job's default. */
    public long maxExecutionSeconds() {
        return maxExecutionSeconds.get();
    }

    /** The rolling window of the fair-share usage (default 28 days). */
    public Duration fairShareWindow() {
        return Duration.ofSeconds(fairShareWindowSeconds.get());
    }

    /** How often the scheduler's safety-net timer runs a pass over every backend. */
    public long schedulerTickMillis() {
        return schedulerTickMillis.get();
    }

    /**
     * Jobs running at once on one simulator backend. Simulator jobs skip the queue, but each one
     * holds batch threads; the cap keeps the thread budget of configure-batch-pools.cli valid.
     * Jobs beyond it stay Queued for the moment it takes another to finish.
     */
    public int simulatorMaxConcurrentJobs() {
        return simulatorMaxConcurrentJobs.get();
    }

    /** The most preprocessing partitions (threads) one job uses; PUBs are grouped round-robin. */
    public int maxPreprocessPartitions() {
        return Math.max(1, maxPreprocessPartitions.get());
    }

    /** The largest simulated circuit (qubits after compaction). */
    public int maxSimulatedQubits() {
        return maxSimulatedQubits.get();
    }
}
