package io.qrun.application.execution;

import io.qrun.application.jobs.JobSettings;
import io.qrun.application.jobs.SubmissionRules;
import io.qrun.application.usage.InstanceUsage;
import io.qrun.application.usage.UsageAccounting;
import io.qrun.domain.instance.InstanceRepository;
import io.qrun.domain.job.ExecutionLimit;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.shared.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The limit that may cut a quantum execution short, computed when it starts: its maximum
 * execution time (min(cost, cap) from the start) or the instance's usage limit, whichever falls
 * first. The usage left is what the period has left minus what the instance's other executing
 * jobs have reserved (the rest of their hold, up to their own deadline): two jobs of one instance
 * on two backends cannot both spend the same remaining seconds.
 */
@ApplicationScoped
public class ExecutionLimits {

    @Inject
    JobSettings settings;

    @Inject
    InstanceRepository instances;

    @Inject
    UsageAccounting usage;

    @Inject
    JobRepository jobs;

    /** When and why the execution of {@code job}, starting at {@code now}, must end at the latest. */
    public record Limit(Instant at, ExecutionLimit kind) {
    }

    public Limit of(Job job, Instant now) {
        long maxSeconds = SubmissionRules.maxExecutionSeconds(job.cost(), settings.maxExecutionSeconds());
        Limit limit = new Limit(now.plusSeconds(maxSeconds), ExecutionLimit.RAN_TOO_LONG);
        double left = usageLeft(job, now);
        if (Double.isFinite(left)) {
            // rounded up to the database's microseconds: stored, it must still use up the whole limit
            Instant usageEnd = ceilMicros(now.plusNanos((long) Math.ceil(Math.max(0.0, left) * 1e9)));
            if (usageEnd.isBefore(limit.at())) {
                limit = new Limit(usageEnd, ExecutionLimit.USAGE_LIMIT_REACHED);
            }
        }
        return limit;
    }

    /** Seconds of usage the instance has left for this job; +infinity without a limit. */
    double usageLeft(Job job, Instant now) {
        return instances.find(job.instanceId()).filter(i -> i.usageLimitSeconds() != null).map(i -> {
            // only a limited instance's timeline is read: it grows with the instance's usage
            InstanceUsage u = usage.of(i, now);
            double reserved = 0;
            for (Job other : jobs.executingOfInstance(job.instanceId())) {
                Instant end = other.nextExecutionDeadline();
                if (!other.id().equals(job.id()) && end != null && end.isAfter(now)) {
                    reserved += Times.secondsBetween(now, end);
                }
            }
            return u.remainingSeconds() - reserved;
        }).orElse(Double.POSITIVE_INFINITY);
    }

    static Instant ceilMicros(Instant t) {
        Instant down = t.truncatedTo(ChronoUnit.MICROS);
        return down.equals(t) ? t : down.plusNanos(1000);
    }
}
