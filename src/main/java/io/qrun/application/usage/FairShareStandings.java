package io.qrun.application.usage;

import io.qrun.domain.queue.InstanceStanding;
import io.qrun.application.jobs.JobSettings;
import io.qrun.domain.instance.UsagePeriod;
import io.qrun.domain.instance.Instance;
import io.qrun.domain.instance.InstanceRepository;
import io.qrun.domain.job.JobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Builds the picker's snapshot of instances from the database: window usage, share, limit state. */
@ApplicationScoped
public class FairShareStandings {

    @Inject
    JobRepository jobs;

    @Inject
    InstanceRepository instances;

    @Inject
    JobSettings settings;

    public Map<String, InstanceStanding> of(Collection<String> instanceIds, Instant now) {
        Map<String, Double> window = jobs.fairShareUsageSince(now.minus(settings.fairShareWindow()));
        Map<String, InstanceStanding> standings = new HashMap<>();
        for (String id : instanceIds) {
            if (standings.containsKey(id)) {
                continue;
            }
            Optional<Instance> instance = instances.find(id);
            double share = instance.map(Instance::share).orElse(1.0);
            boolean limitReached = instance.map(i -> limitReached(i, now)).orElse(false);
            standings.put(id, new InstanceStanding(id, window.getOrDefault(id, 0.0), share, limitReached));
        }
        return standings;
    }

    /** True when the instance has a limit and its charged usage in the current period reached it. */
    public boolean limitReached(Instance instance, Instant now) {
        OptionalDoubleRemaining remaining = remaining(instance, now);
        return remaining.limited() && remaining.seconds() <= 0;
    }

    /** Seconds of usage left in the instance's current period (unlimited when it has no limit). */
    public OptionalDoubleRemaining remaining(Instance instance, Instant now) {
        if (instance.usageLimitSeconds() == null) {
            return new OptionalDoubleRemaining(false, Double.POSITIVE_INFINITY);
        }
        UsagePeriod period = UsagePeriod.containing(instance.usagePeriodStart(), now);
        double used = jobs.chargedBetween(instance.id(), period.start(), period.end());
        return new OptionalDoubleRemaining(true, instance.usageLimitSeconds() - used);
    }

    /** Remaining usage: {@code limited} false means no limit (seconds is +infinity). */
    public record OptionalDoubleRemaining(boolean limited, double seconds) {
    }
}
