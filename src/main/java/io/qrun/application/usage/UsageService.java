package io.qrun.application.usage;

import io.qrun.application.ErrorCode;
import io.qrun.application.QrunException;
import io.qrun.application.accounts.Caller;
import io.qrun.domain.instance.Instance;
import io.qrun.domain.instance.InstanceRepository;
import io.qrun.domain.shared.Times;
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
    UsageAccounting accounting;

    public UsageView usage(Caller caller) {
        Instance instance = instances.find(caller.instanceId()).orElseThrow(() -> new QrunException(ErrorCode.INSTANCE_NOT_FOUND, "The caller has no instance " + caller.instanceId()
                        + ": select one with the Service-CRN header."));
        return usage(instance, Times.now());
    }

    public UsageView usage(Instance instance, Instant now) {
        InstanceUsage u = accounting.of(instance, now);
        Double limitSeconds = u.limited() ? u.limitSeconds().doubleValue() : null;
        Double remaining = u.limited() ? u.remainingSeconds() : null;
        return new UsageView(instance.id(), instance.plan().name().toLowerCase(Locale.ROOT), u.consumedSeconds(),
                u.period().start(), u.period().end(), limitSeconds, limitSeconds, remaining, u.limitReached());
    }

    /**
     * True when the caller's instance has reached its usage limit for the current period. An
     * instance without a limit never has: its timeline is not read (every submission asks).
     */
    public boolean limitReached(String instanceId) {
        return instances.find(instanceId).filter(i -> i.usageLimitSeconds() != null)
                .map(i -> accounting.of(i, Times.now()).limitReached()).orElse(false);
    }
}
