package io.qrun.application.workloads;

import io.qrun.domain.instance.Plan;
import io.qrun.domain.workload.WorkloadMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's settings of sessions and batches (docs/configuration.md), read when used like
 * every setting of JobSettings: the interactive TTL per mode, the default max TTL and its limit
 * per plan (an open-plan batch gets at most 600 s by default), the close of a workload that never
 * got a job, and how many jobs of one batch preprocess at once.
 */
@ApplicationScoped
public class WorkloadSettings {

    @Inject
    @ConfigProperty(name = "qrun.sessions.interactive-ttl-seconds", defaultValue = "60")
    Provider<Long> sessionInteractiveTtl;

    @Inject
    @ConfigProperty(name = "qrun.batches.interactive-ttl-seconds", defaultValue = "60")
    Provider<Long> batchInteractiveTtl;

    @Inject
    @ConfigProperty(name = "qrun.workloads.default-max-ttl-seconds", defaultValue = "28800")
    Provider<Long> defaultMaxTtl;

    @Inject
    @ConfigProperty(name = "qrun.workloads.max-ttl-limit-seconds.premium", defaultValue = "28800")
    Provider<Long> premiumMaxTtlLimit;

    @Inject
    @ConfigProperty(name = "qrun.workloads.max-ttl-limit-seconds.open", defaultValue = "600")
    Provider<Long> openMaxTtlLimit;

    @Inject
    @ConfigProperty(name = "qrun.workloads.empty-close-seconds", defaultValue = "1800")
    Provider<Long> emptyCloseSeconds;

    @Inject
    @ConfigProperty(name = "qrun.workloads.max-preprocessing-jobs", defaultValue = "6")
    Provider<Integer> maxPreprocessingJobs;

    public long interactiveTtl(WorkloadMode mode) {
        return mode == WorkloadMode.DEDICATED ? sessionInteractiveTtl.get() : batchInteractiveTtl.get();
    }

    public long defaultMaxTtl() {
        return defaultMaxTtl.get();
    }

    /** The largest max TTL a workload of the plan may have. */
    public long maxTtlLimit(Plan plan) {
        return plan == Plan.OPEN ? openMaxTtlLimit.get() : premiumMaxTtlLimit.get();
    }

    public long emptyCloseSeconds() {
        return emptyCloseSeconds.get();
    }

    /**
     * How many jobs of sessions and batches preprocess at once (all workloads together). Each holds
     * 1 + P batch threads (P = qrun.jobs.max-preprocess-partitions), so this cap is part of the
     * thread budget of wildfly-config/configure-batch-pools.cli: a batch of 200 jobs never takes the
     * whole pool.
     */
    public int maxPreprocessingJobs() {
        return Math.max(1, maxPreprocessingJobs.get());
    }
}
