package io.qrun.application.backends;

import io.qrun.application.jobs.JobView;
import io.qrun.application.jobs.JobViews;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.queue.InstanceSet;
import io.qrun.domain.queue.InstanceStanding;
import io.qrun.domain.queue.QueueIndex;
import io.qrun.domain.queue.QueuedJob;
import io.qrun.domain.shared.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A backend's queue as the scheduler sees it: its length, and the queued jobs in the order they
 * would start now ({@link QueueOrder}).
 */
@ApplicationScoped
public class BackendQueueService {

    @Inject
    JobRepository jobs;

    @Inject
    QueueOrder order;

    @Inject
    QueueIndex index;

    /** The backend's queued jobs: the sum of its instances' kept counts, not a count of the queue. */
    public int queueLength(String backend) {
        return Math.toIntExact(index.count(backend, InstanceSet.allBut(Set.of())));
    }

    /** The operator's view of a backend's queue: its jobs in scheduling order, and the standings that make it. */
    public record QueueView(List<JobView> jobs, List<InstanceStanding> instances) {
    }

    public QueueView queue(String backend) {
        QueueOrder.Snapshot snapshot = order.of(backend, Times.now());
        List<String> order = snapshot.all().stream().map(QueuedJob::jobId).toList();
        Map<String, Job> byId = jobs.byIds(order).stream().collect(Collectors.toMap(Job::id, Function.identity()));
        List<JobView> views = new ArrayList<>();
        for (String id : order) {
            Job job = byId.get(id);
            if (job != null) {
                views.add(JobViews.of(job, false));
            }
        }
        return new QueueView(views, snapshot.instances());
    }

    /**
     * The 1-based position of a queued job in its backend's scheduling order; empty when not
     * queued. Counted ({@link io.qrun.domain.queue.FairShareQueue#position}), not found in the
     * sorted queue: the same number, without loading the queue.
     */
    public Optional<Integer> position(Job job) {
        if (job.status() != JobStatus.QUEUED) {
            return Optional.empty();
        }
        QueuedJob queued = new QueuedJob(job.id(), job.instanceId(), job.created(), job.sessionId());
        return Optional.of(Math.toIntExact(order.fairShare(job.backend(), Times.now()).position(queued)));
    }

}
