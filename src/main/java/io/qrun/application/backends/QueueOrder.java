package io.qrun.application.backends;

import io.qrun.application.usage.FairShareStandings;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.queue.FairShareGroups;
import io.qrun.domain.queue.FairSharePicker;
import io.qrun.domain.queue.FairShareQueue;
import io.qrun.domain.queue.QueueIndex;
import io.qrun.domain.queue.InstanceStanding;
import io.qrun.domain.queue.QueuedJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A backend's queue in scheduling order, the one order that the scheduler starts jobs in and that
 * the operator's queue view and queue positions show: the jobs that may start, by fair share
 * ({@link FairSharePicker}), then the jobs of instances at their usage limit, oldest first, which
 * wait until usage is available again. Simulators use the same order for the jobs beyond their
 * concurrency cap.
 *
 * <p>Two ways to read it: {@link #fairShare} for the scheduler's pick and a job's position, which
 * read a few index ranges and never the whole queue; {@link #of} for the operator's queue view,
 * which lists every queued job and so loads them all.
 */
@ApplicationScoped
public class QueueOrder {

    private static final Comparator<QueuedJob> OLDEST_FIRST =
            Comparator.comparing(QueuedJob::created).thenComparing(QueuedJob::jobId);

    @Inject
    JobRepository jobs;

    @Inject
    FairShareStandings standings;

    @Inject
    QueueIndex index;

    private final FairSharePicker picker = new FairSharePicker();

    /** The queue in the same order, read as it is walked. */
    public FairShareQueue fairShare(String backend, Instant now) {
        return new FairShareQueue(index, backend, FairShareGroups.of(standings.current(now)));
    }

    /**
     * The queue now: {@code eligible} in the order they would start, {@code waiting} held back by a usage limit,
     * and the fair-share standing of each instance with queued jobs, in the order of its first job.
     */
    public record Snapshot(List<QueuedJob> eligible, List<QueuedJob> waiting, List<InstanceStanding> instances) {

        /** Every queued job, eligible first. */
        public List<QueuedJob> all() {
            List<QueuedJob> all = new ArrayList<>(eligible);
            all.addAll(waiting);
            return all;
        }
    }

    public Snapshot of(String backend, Instant now) {
        List<QueuedJob> queued = jobs.queued(backend);
        if (queued.isEmpty()) {
            return new Snapshot(List.of(), List.of(), List.of());
        }
        Map<String, InstanceStanding> s = standings.of(
                queued.stream().map(QueuedJob::instanceId).collect(Collectors.toSet()), now);
        List<QueuedJob> eligible = picker.order(queued, s);
        List<QueuedJob> waiting = new ArrayList<>(queued);
        waiting.removeAll(eligible);
        waiting.sort(OLDEST_FIRST);
        Map<String, InstanceStanding> instances = new java.util.LinkedHashMap<>();
        for (QueuedJob job : eligible) {
            instances.computeIfAbsent(job.instanceId(), id -> standingOf(s, id));
        }
        for (QueuedJob job : waiting) {
            instances.computeIfAbsent(job.instanceId(), id -> standingOf(s, id));
        }
        return new Snapshot(List.copyOf(eligible), List.copyOf(waiting), List.copyOf(instances.values()));
    }

    /** As the picker treats an instance it has no standing for (deleted): used nothing, share 1. */
    private static InstanceStanding standingOf(Map<String, InstanceStanding> standings, String instanceId) {
        InstanceStanding s = standings.get(instanceId);
        return s != null ? s : new InstanceStanding(instanceId, 0.0, 1.0, false);
    }
}
