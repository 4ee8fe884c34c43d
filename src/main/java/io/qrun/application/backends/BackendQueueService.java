package io.qrun.application.backends;

import io.qrun.application.jobs.JobView;
import io.qrun.application.jobs.JobViews;
import io.qrun.domain.shared.Times;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.queue.FairSharePicker;
import io.qrun.application.usage.FairShareStandings;
import io.qrun.domain.queue.InstanceStanding;
import io.qrun.domain.queue.QueuedJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A backend's queue as the scheduler sees it: its length, and the queued jobs in the order they
 * would be picked now (fair share), followed by the jobs of instances at their usage limit,
 * which are not picked until usage is available again.
 */
@ApplicationScoped
public class BackendQueueService {

    @Inject
    JobRepository jobs;

    @Inject
    FairShareStandings standings;

    private final FairSharePicker picker = new FairSharePicker();

    public int queueLength(String backend) {
        return (int) jobs.count(backend, JobStatus.QUEUED);
    }

    public List<JobView> queue(String backend) {
        List<String> order = order(backend);
        Map<String, Job> byId = jobs.byIds(order).stream().collect(Collectors.toMap(Job::id, Function.identity()));
        List<JobView> views = new ArrayList<>();
        for (String id : order) {
            Job job = byId.get(id);
            if (job != null) {
                views.add(JobViews.of(job, false));
            }
        }
        return views;
    }

    /** The 1-based position of a queued job in its backend's scheduling order; empty when not queued. */
    public Optional<Integer> position(String backend, String jobId) {
        int i = order(backend).indexOf(jobId);
        return i < 0 ? Optional.empty() : Optional.of(i + 1);
    }

    private List<String> order(String backend) {
        List<QueuedJob> queued = jobs.queued(backend);
        Map<String, InstanceStanding> s = standings.of(
                queued.stream().map(QueuedJob::instanceId).collect(Collectors.toSet()), Times.now());
        List<QueuedJob> order = new ArrayList<>(picker.order(queued, s));
        List<QueuedJob> blocked = new ArrayList<>(queued);
        blocked.removeAll(order);
        blocked.sort(Comparator.comparing(QueuedJob::created).thenComparing(QueuedJob::jobId));
        order.addAll(blocked);
        return order.stream().map(QueuedJob::jobId).toList();
    }
}
