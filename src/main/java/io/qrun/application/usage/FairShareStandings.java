package io.qrun.application.usage;

import io.qrun.application.jobs.JobSettings;
import io.qrun.domain.instance.InstanceRepository;
import io.qrun.domain.instance.InstanceShare;
import io.qrun.domain.queue.InstanceStanding;
import io.qrun.domain.timeline.WindowUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Builds the picker's snapshot of instances from the database: window usage (the timeline's
 * intervals, except those of jobs the user cancelled), share, limit state. The usage is kept per
 * instance as intervals close ({@link WindowUsage}), so its read is one row per instance, not one
 * per interval of the window, with the instance's share; the shares of the limited instances (and
 * of those asked for) are one more read; and two more when some instance has a usage limit: the limited instances and their period usage
 * ({@link UsageAccounting#of(Collection, Instant)}). Only the limited instances are loaded as
 * entities: the scheduler's transaction, which runs these reads on every pick, then has little to
 * track and flush.
 */
@ApplicationScoped
public class FairShareStandings {

    @Inject
    WindowUsage windowUsage;

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
        Instant since = now.minus(settings.fairShareWindow());
        Map<String, WindowUsage.Used> window = windowUsage.since(since, now);
        Set<String> ids = new HashSet<>(asked);
        ids.addAll(window.keySet());
        Map<String, Double> shares = new HashMap<>();
        boolean anyLimited = false;
        Set<String> missing = new HashSet<>(asked);
        for (Map.Entry<String, WindowUsage.Used> e : window.entrySet()) {
            InstanceShare s = e.getValue().share();
            if (s == null) {
                missing.add(e.getKey());
            } else {
                shares.put(s.id(), s.share());
                anyLimited |= s.limited();
            }
        }
        // the limited instances, those asked and the few whose share the usage's read had not: an instance's
        // first interval, still open
        for (InstanceShare s : instances.sharesOfLimitedOr(missing)) {
            shares.put(s.id(), s.share());
            anyLimited |= s.limited();
        }
        Map<String, InstanceUsage> limits = anyLimited ? usage.of(instances.limited(), now) : Map.of();
        Map<String, InstanceStanding> standings = new HashMap<>();
        ids.addAll(shares.keySet());
        for (String id : ids) {
            double share = shares.getOrDefault(id, 1.0);
            InstanceUsage u = limits.get(id);
            boolean limitReached = u != null && u.limitReached();
            WindowUsage.Used used = window.get(id);
            standings.put(id, new InstanceStanding(id, used == null ? 0.0 : used.seconds(), share, limitReached));
        }
        return standings;
    }
}
