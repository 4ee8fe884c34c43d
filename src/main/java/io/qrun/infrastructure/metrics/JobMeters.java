package io.qrun.infrastructure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Tags;
import io.qrun.application.jobs.JobStatusChanged;
import io.qrun.domain.job.JobStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * This node's job counts and times, from the status changes it committed: a job that starts on
 * one node and ends on another is counted once by each, for what each did. Sum over the nodes.
 */
@ApplicationScoped
public class JobMeters {

    @Inject
    DeploymentMeters meters;

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobStatusChanged change) {
        Tags where = Tags.of("backend", change.backend(), "mode", change.mode());
        meters.counter("qrun.jobs", where.and("status", change.to().label())).ifPresent(Counter::increment);
        if (change.to() == JobStatus.RUNNING && change.created() != null) {
            time("qrun.job.queue.wait", where, nonNegative(Duration.between(change.created(), change.at())));
        }
        if (change.from() == JobStatus.RUNNING && change.to().isFinal() && change.running() != null) {
            time("qrun.job.run", where, nonNegative(Duration.between(change.running(), change.at())));
        }
    }

    /** The timer (count, sum, max) and its buckets ({@link LatencyBuckets}). */
    private void time(String name, Tags where, Duration d) {
        meters.timer(name, where).ifPresent(t -> t.record(d));
        LatencyBuckets.record(meters, name + ".seconds.buckets", where, d.toNanos() / 1e9);
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
