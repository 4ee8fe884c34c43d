package io.qrun.domain.queue;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * A backend's queue in {@link FairSharePicker}'s order, read from the database a little at a time
 * instead of sorted whole: the scheduler takes the first job it can start, which is almost always
 * the first one, and a queue position is a sum of counts. The order is the picker's exactly: the
 * groups of {@link FairShareGroups}, least usage per share first; in a group, the instance whose
 * oldest queued job is the oldest goes first, and all its jobs, oldest first, before the next
 * instance's. Each step is one index range ({@link QueueIndex}), so the cost grows with the jobs
 * skipped, not with the queue.
 */
public final class FairShareQueue {

    private static final Comparator<QueuedJob> OLDEST_FIRST =
            Comparator.comparing(QueuedJob::created).thenComparing(QueuedJob::jobId);

    /** Jobs read per step from one instance: the first is nearly always the one that starts. */
    static final int PAGE = 8;

    private final QueueIndex index;
    private final String backend;
    private final FairShareGroups groups;

    public FairShareQueue(QueueIndex index, String backend, FairShareGroups groups) {
        this.index = index;
        this.backend = backend;
        this.groups = groups;
    }

    /**
     * The jobs that may start, in order, read as the caller iterates. Jobs of {@code skippedWorkloads}
     * are left out, but they still count for their instance's place (its oldest job), as they do
     * for the picker.
     */
    public Iterable<QueuedJob> eligible(Set<String> skippedWorkloads) {
        return () -> new Walk(Set.copyOf(skippedWorkloads));
    }

    /** The 1-based position of a queued job in the order of the whole queue (eligible, then the waiting ones, oldest first). */
    public long position(QueuedJob job) {
        InstanceSet own = InstanceSet.of(Set.of(job.instanceId()));
        int g = groups.groupOf(job.instanceId());
        if (g < 0) {
            return index.count(backend, groups.notLimited())
                    + index.countOlder(backend, groups.limited(), job) + 1;
        }
        long ahead = 0;
        if (g > 0) {
            // the groups after the first are lists: gathered first, then one union (not one per group)
            Set<String> listed = new HashSet<>();
            for (int i = 1; i < g; i++) {
                listed.addAll(groups.eligible().get(i).ids());
            }
            ahead += index.count(backend, groups.eligible().get(0).union(InstanceSet.of(listed)));
        }
        InstanceSet group = groups.eligible().get(g);
        QueuedJob head = index.ofInstance(backend, job.instanceId(), null, Set.of(), 1).stream().findFirst().orElse(job);
        for (QueueIndex.InstanceQueue q : index.perInstance(backend, group.minus(Set.of(job.instanceId())))) {
            int byAge = q.oldestCreated().compareTo(head.created());
            if (byAge == 0) {
                // the same instant: the job ids decide, as in the picker
                byAge = index.ofInstance(backend, q.instanceId(), null, Set.of(), 1).stream().findFirst()
                        .map(h -> OLDEST_FIRST.compare(h, head)).orElse(1);
            }
            if (byAge < 0) {
                ahead += q.count();
            }
        }
        return ahead + index.countOlder(backend, own, job) + 1;
    }

    /** The walk: group by group, instance by instance (oldest head first), a page at a time. */
    private final class Walk implements Iterator<QueuedJob> {

        private final Set<String> skipped;
        private final Deque<QueuedJob> page = new ArrayDeque<>();
        private final Set<String> done = new HashSet<>();
        private int group;
        private String instance;
        private QueuedJob last;
        private boolean ended;

        Walk(Set<String> skipped) {
            this.skipped = skipped;
        }

        @Override
        public boolean hasNext() {
            while (page.isEmpty() && !ended) {
                step();
            }
            return !page.isEmpty();
        }

        @Override
        public QueuedJob next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            last = page.poll();
            return last;
        }

        private void step() {
            if (instance != null) {
                List<QueuedJob> more = index.ofInstance(backend, instance, last, skipped, PAGE);
                if (!more.isEmpty()) {
                    page.addAll(more);
                    return;
                }
                done.add(instance);
                instance = null;
                last = null;
            }
            if (group >= groups.eligible().size()) {
                ended = true;
                return;
            }
            Optional<QueuedJob> head = index.oldest(backend, groups.eligible().get(group).minus(done));
            if (head.isEmpty()) {
                group++;
                done.clear();
            } else {
                instance = head.get().instanceId();
            }
        }
    }
}
