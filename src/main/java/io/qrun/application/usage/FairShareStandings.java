package io.qrun.application.usage;

import io.qrun.application.jobs.JobSettings;
import io.qrun.domain.instance.Instance;
import io.qrun.domain.instance.InstanceRepository;
import io.qrun.domain.queue.InstanceStanding;
import io.qrun.domain.timeline.QpuInterval;
import io.qrun.domain.timeline.QpuRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Builds the picker's snapshot of instances from the database: window usage (the timeline's
 * intervals, except those of jobs the user cancelled), share, limit state. Three reads whatever
 * the number of instances: the window's intervals, the instances concerned, and the period
 * usage of the limited ones ({@link UsageAccounting#of(Collection, Instant)}).
 */
@ApplicationScoped
public class FairShareStandings {

    @Inject
    QpuRepository qpu;

    @Inject
    InstanceRepository instances;

    @Inject
    JobSettings settings;

    @Inject
    UsageAccounting usage;

    /**
     * The standings that differ from "used nothing, share 1, not limited" as far as the order goes:
     * instances with usage in the window and instances at their limit. Every other instance has
     * used nothing, which puts it first whatever its share ({@code FairShareGroups}), so neither
     * the instances without usage nor the queue have to be read.
     */
    public Map<String, InstanceStanding> current(Instant now) {
        return standings(Set.of(), now);
    }

    /** The standings of these instances (and of those {@link #current} returns). */
    public Map<String, InstanceStanding> of(Collection<String> instanceIds, Instant now) {
        return standings(instanceIds, now);
    }

    private Map<String, InstanceStanding> standings(Collection<String> asked, Instant now) {
        Map<String, Double> window = new HashMap<>();
        for (QpuInterval i : qpu.fairShareIntervalsSince(now.minus(settings.fairShareWindow()))) {
            window.merge(i.instanceId(), i.seconds(now), Double::sum);
        }
        Set<String> ids = new HashSet<>(asked);
        ids.addAll(window.keySet());
        Map<String, Instance> known = new HashMap<>();
        List<Instance> limited = new ArrayList<>();
        for (Instance i : instances.withIdsOrLimited(ids)) {
            known.put(i.id(), i);
            if (i.usageLimitSeconds() != null) {
                limited.add(i);
            }
        }
        Map<String, InstanceUsage> limits = usage.of(limited, now);
        Map<String, InstanceStanding> standings = new HashMap<>();
        ids.addAll(known.keySet());
        for (String id : ids) {
            Instance instance = known.get(id);
            double share = instance != null ? instance.share() : 1.0;
            InstanceUsage u = limits.get(id);
            boolean limitReached = u != null && u.limitReached();
            standings.put(id, new InstanceStanding(id, window.getOrDefault(id, 0.0), share, limitReached));
        }
        return standings;
    }
}
