package io.qrun.application.usage;

import io.qrun.domain.instance.Instance;
import io.qrun.domain.instance.UsagePeriod;
import io.qrun.domain.timeline.QpuRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

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
        UsagePeriod period = UsagePeriod.containing(instance.usagePeriodStart(), now);
        double consumed = qpu.ofInstanceStartedBetween(instance.id(), period.start(), period.end()).stream()
                .mapToDouble(i -> i.seconds(now)).sum();
        return new InstanceUsage(instance.id(), period, consumed, instance.usageLimitSeconds());
    }
}
