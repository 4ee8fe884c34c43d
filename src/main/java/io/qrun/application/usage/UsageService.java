package io.qrun.application.usage;

import io.qrun.application.QrunException;
import io.qrun.application.ErrorCode;
import io.qrun.application.accounts.Caller;
import io.qrun.domain.shared.Times;
import io.qrun.domain.instance.UsagePeriod;
import io.qrun.domain.instance.Instance;
import io.qrun.domain.instance.InstanceRepository;
import io.qrun.domain.job.JobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;

/**
 * An instance's usage in its current period (a calendar month from its period start): QPU
 * seconds charged to its finished jobs, against its limit. The allocation is the limit (Qrun
 * has no separate allocation); both are null for an unlimited instance.
 */
@ApplicationScoped
public class UsageService {

    @Inject
    InstanceRepository instances;

    @Inject
    JobRepository jobs;

    public UsageView usage(Caller caller) {
        Instance instance = instances.find(caller.instanceId()).orElseThrow(() -> new QrunException(ErrorCode.INSTANCE_NOT_FOUND, "The caller has no instance " + caller.instanceId()
                        + ": select one with the Service-CRN header."));
        return usage(instance, Times.now());
    }

    public UsageView usage(Instance instance, Instant now) {
        UsagePeriod period = UsagePeriod.containing(instance.usagePeriodStart(), now);
        double consumed = jobs.chargedBetween(instance.id(), period.start(), period.end());
        Long limit = instance.usageLimitSeconds();
        Double limitSeconds = limit == null ? null : limit.doubleValue();
        Double remaining = limit == null ? null : Math.max(0.0, limit - consumed);
        return new UsageView(instance.id(), instance.plan().name().toLowerCase(Locale.ROOT), consumed, period.start(),
                period.end(), limitSeconds, limitSeconds, remaining, limit != null && consumed >= limit);
    }

    /** True when the caller's instance has reached its usage limit for the current period. */
    public boolean limitReached(String instanceId) {
        return instances.find(instanceId).map(i -> usage(i, Times.now()).limitReached()).orElse(false);
    }
}
