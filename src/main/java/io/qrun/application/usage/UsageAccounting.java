package io.qrun.application.usage;

import io.qrun.domain.instance.Instance;
import io.qrun.domain.instance.UsagePeriod;
import io.qrun.domain.job.JobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Computes {@link InstanceUsage}: the period that contains {@code now} (a calendar month from the
 * instance's period start) and the QPU seconds charged to the instance's jobs started in it.
 */
@ApplicationScoped
public class UsageAccounting {

    @Inject
    JobRepository jobs;

    public InstanceUsage of(Instance instance, Instant now) {
        UsagePeriod period = UsagePeriod.containing(instance.usagePeriodStart(), now);
        double consumed = jobs.chargedBetween(instance.id(), period.start(), period.end());
        return new InstanceUsage(instance.id(), period, consumed, instance.usageLimitSeconds());
    }
}
