package io.qrun.application.usage;

import io.qrun.domain.instance.Instance;
import io.qrun.domain.instance.UsagePeriod;
import io.qrun.domain.timeline.QpuRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.qrun.domain.timeline.QpuInterval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * Computes {@link InstanceUsage} from the timeline: the period that contains {@code now} (a
 * calendar month from the instance's period start) and the seconds of the instance's QPU
 * intervals that started in it -- job mode from the pick to the end of the execution, a batch
 * job's execution, a session's executions and idle gaps (its active wall-clock time). Intervals
 * still open count up to {@code now}, so a running session or job is charged as it goes.
 */
@ApplicationScoped
public class UsageAccounting {

    @Inject
    QpuRepository qpu;

    public InstanceUsage of(Instance instance, Instant now) {
        return of(List.of(instance), now).get(instance.id());
    }

    /**
     * The same for many instances with one read of the timeline: the intervals of all of them since
     * the earliest of their periods, each instance's summed over its own period. The scheduler needs
     * every limited instance's state at each pick; one query per instance would grow with them.
     */
    public Map<String, InstanceUsage> of(Collection<Instance> many, Instant now) {
        Map<String, UsagePeriod> periods = new HashMap<>();
        Instant earliest = null;
        for (Instance i : many) {
            UsagePeriod p = UsagePeriod.containing(i.usagePeriodStart(), now);
            periods.put(i.id(), p);
            earliest = earliest == null || p.start().isBefore(earliest) ? p.start() : earliest;
        }
        Map<String, List<QpuInterval>> inPeriod = new HashMap<>();
        if (earliest != null) {
            for (QpuInterval interval : qpu.ofInstancesStartedSince(periods.keySet(), earliest)) {
                UsagePeriod p = periods.get(interval.instanceId());
                if (!interval.start().isBefore(p.start()) && interval.start().isBefore(p.end())) {
                    inPeriod.computeIfAbsent(interval.instanceId(), k -> new ArrayList<>()).add(interval);
                }
            }
        }
        Map<String, InstanceUsage> usage = new HashMap<>();
        for (Instance i : many) {
            double consumed = inPeriod.getOrDefault(i.id(), List.of()).stream().mapToDouble(x -> x.seconds(now)).sum();
            usage.put(i.id(), new InstanceUsage(i.id(), periods.get(i.id()), consumed, i.usageLimitSeconds()));
        }
        return usage;
    }
}
