package io.qrun.application.usage;

import io.qrun.application.jobs.JobSettings;
import io.qrun.domain.instance.Instance;
import io.qrun.domain.instance.InstanceRepository;
import io.qrun.domain.timeline.QpuInterval;
import io.qrun.domain.timeline.QpuRepository;
import io.qrun.domain.queue.InstanceStanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Builds the picker's snapshot of instances from the database: window usage (the timeline's intervals, except those of jobs the user cancelled), share, limit state. */
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

    public Map<String, InstanceStanding> of(Collection<String> instanceIds, Instant now) {
        Map<String, Double> window = new HashMap<>();
        for (QpuInterval i : qpu.fairShareIntervalsSince(now.minus(settings.fairShareWindow()))) {
            window.merge(i.instanceId(), i.seconds(now), Double::sum);
        }
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

    private boolean limitReached(Instance instance, Instant now) {
        return usage.of(instance, now).limitReached();
    }
}
