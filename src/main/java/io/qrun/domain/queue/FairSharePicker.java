package io.qrun.domain.queue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fair-share pick of docs/jobs-and-scheduling.md, as a pure function over a snapshot: among instances
 * with queued jobs that are not at their usage limit, the one with the least usage per share
 * over the rolling window; within it, the oldest job. Ties between instances go to the one whose
 * oldest job waited longest, then to the smaller instance id, so the order is total and stable.
 * Instances missing from the standings (deleted, say) are treated as having used nothing with
 * share 1: their jobs still run rather than sit in the queue forever.
 */
public final class FairSharePicker {

    private static final Comparator<QueuedJob> OLDEST_FIRST =
            Comparator.comparing(QueuedJob::created).thenComparing(QueuedJob::jobId);

    public Optional<QueuedJob> pick(Collection<QueuedJob> queued, Map<String, InstanceStanding> standings) {
        List<QueuedJob> order = order(queued, standings);
        return order.isEmpty() ? Optional.empty() : Optional.of(order.get(0));
    }

    /**
     * The whole queue in the order the picker would take it if nothing changed in between (the
     * operator's queue view and queue positions). Each pick is simulated without charging usage,
     * so this is the order by the current standings: jobs of instances at their limit are left out.
     */
    public List<QueuedJob> order(Collection<QueuedJob> queued, Map<String, InstanceStanding> standings) {
        List<QueuedJob> eligible = new ArrayList<>();
        for (QueuedJob job : queued) {
            if (!standing(standings, job.instanceId()).limitReached()) {
                eligible.add(job);
            }
        }
        Map<String, QueuedJob> oldestPerInstance = new java.util.HashMap<>();
        for (QueuedJob job : eligible) {
            oldestPerInstance.merge(job.instanceId(), job, (a, b) -> OLDEST_FIRST.compare(a, b) <= 0 ? a : b);
        }
        Comparator<QueuedJob> byInstance = Comparator
                .comparingDouble((QueuedJob j) -> standing(standings, j.instanceId()).usagePerShare())
                .thenComparing(j -> oldestPerInstance.get(j.instanceId()), OLDEST_FIRST)
                .thenComparing(QueuedJob::instanceId);
        eligible.sort(byInstance.thenComparing(OLDEST_FIRST));
        return eligible;
    }

    private static InstanceStanding standing(Map<String, InstanceStanding> standings, String instanceId) {
        InstanceStanding s = standings.get(instanceId);
        return s != null ? s : new InstanceStanding(instanceId, 0.0, 1.0, false);
    }
}
