package io.qrun.domain.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The queue read a little at a time gives the full sort's order and positions
 * ({@link FairSharePicker} over every queued job, then the waiting jobs oldest first): on random
 * mixed queues (tied and distinct usage, shares, limited and unknown instances, equal creation
 * times, workload jobs left out) and on a few cases written out.
 */
class FairShareQueueTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final Comparator<QueuedJob> OLDEST_FIRST =
            Comparator.comparing(QueuedJob::created).thenComparing(QueuedJob::jobId);

    /** The index over a list, as the database answers it. */
    static final class ListIndex implements QueueIndex {
        final List<QueuedJob> queued;
        int reads;

        ListIndex(List<QueuedJob> queued) {
            this.queued = queued;
        }

        private List<QueuedJob> of(InstanceSet s) {
            reads++;
            return queued.stream().filter(j -> s.contains(j.instanceId())).sorted(OLDEST_FIRST).toList();
        }

        @Override
        public Optional<QueuedJob> oldest(String backend, InstanceSet instances) {
            return of(instances).stream().findFirst();
        }

        @Override
        public List<QueuedJob> ofInstance(String backend, String instanceId, QueuedJob after, Set<String> skipped, int limit) {
            return of(InstanceSet.of(Set.of(instanceId))).stream()
                    .filter(j -> after == null || OLDEST_FIRST.compare(j, after) > 0)
                    .filter(j -> j.sessionId() == null || !skipped.contains(j.sessionId())).limit(limit).toList();
        }

        @Override
        public long count(String backend, InstanceSet instances) {
            return of(instances).size();
        }

        @Override
        public long countOlder(String backend, InstanceSet instances, QueuedJob than) {
            return of(instances).stream().filter(j -> OLDEST_FIRST.compare(j, than) < 0).count();
        }

        @Override
        public List<InstanceQueue> perInstance(String backend, InstanceSet instances) {
            Map<String, List<QueuedJob>> by = of(instances).stream().collect(Collectors.groupingBy(QueuedJob::instanceId));
            return by.values().stream().map(l -> new InstanceQueue(l.get(0).instanceId(), l.get(0).created(), l.size())).toList();
        }
    }

    /** The full sort: what QueueOrder's snapshot gives (eligible by the picker, then the waiting jobs oldest first). */
    private static List<QueuedJob> fullSort(Collection<QueuedJob> queued, Map<String, InstanceStanding> standings) {
        List<QueuedJob> all = new ArrayList<>(new FairSharePicker().order(queued, standings));
        List<QueuedJob> waiting = new ArrayList<>(queued);
        waiting.removeAll(all);
        waiting.sort(OLDEST_FIRST);
        all.addAll(waiting);
        return all;
    }

    private static List<QueuedJob> walk(FairShareQueue q, Set<String> skipped) {
        return StreamSupport.stream(q.eligible(skipped).spliterator(), false).toList();
    }

    @Test
    void randomMixedQueuesGiveTheFullSortsOrderAndPositions() {
        Random r = new Random(20261202);
        for (int round = 0; round < 300; round++) {
            int instances = 1 + r.nextInt(8);
            List<QueuedJob> queued = new ArrayList<>();
            int n = r.nextInt(40);
            for (int i = 0; i < n; i++) {
                String instance = "i" + r.nextInt(instances);
                // few distinct instants, so equal creation times are common
                String session = r.nextInt(4) == 0 ? "w" + r.nextInt(3) : null;
                queued.add(new QueuedJob(String.format("j%03d", r.nextInt(1000)) + "-" + i, instance,
                        T0.plusSeconds(r.nextInt(15)), session));
            }
            Map<String, InstanceStanding> standings = new HashMap<>();
            for (int i = 0; i < instances; i++) {
                if (r.nextInt(5) == 0) {
                    continue; // unknown to the standings: used nothing, share 1
                }
                double usage = r.nextInt(3) == 0 ? 0.0 : r.nextInt(4) * 10.0;
                double share = 1 + r.nextInt(3);
                standings.put("i" + i, new InstanceStanding("i" + i, usage, share, r.nextInt(6) == 0));
            }
            FairShareQueue q = new FairShareQueue(new ListIndex(queued), "b", FairShareGroups.of(standings));
            List<QueuedJob> expected = fullSort(queued, standings);
            List<QueuedJob> eligible = new FairSharePicker().order(queued, standings);
            assertEquals(eligible, walk(q, Set.of()), "round " + round);
            Set<String> skipped = Set.of("w" + r.nextInt(3));
            assertEquals(eligible.stream().filter(j -> j.sessionId() == null || !skipped.contains(j.sessionId())).toList(),
                    walk(q, skipped), "round " + round + " without " + skipped);
            for (int p = 0; p < expected.size(); p++) {
                assertEquals(p + 1, q.position(expected.get(p)), "round " + round + ", " + expected.get(p));
            }
        }
    }

    @Test
    void aTieInUsageGoesToTheInstanceWhoseOldestJobWaitedLongest() {
        List<QueuedJob> queued = List.of(new QueuedJob("a1", "A", T0.plusSeconds(5)),
                new QueuedJob("b1", "B", T0), new QueuedJob("b2", "B", T0.plusSeconds(9)),
                new QueuedJob("c1", "C", T0.plusSeconds(1)));
        Map<String, InstanceStanding> standings = Map.of(
                "A", new InstanceStanding("A", 10.0, 1.0, false),
                "B", new InstanceStanding("B", 20.0, 2.0, false),
                "C", new InstanceStanding("C", 0.0, 1.0, true));
        FairShareQueue q = new FairShareQueue(new ListIndex(queued), "b", FairShareGroups.of(standings));
        assertEquals(List.of("b1", "b2", "a1"), walk(q, Set.of()).stream().map(QueuedJob::jobId).toList());
        assertEquals(3, q.position(queued.get(0)));
        assertEquals(4, q.position(queued.get(3)), "the limited instance's job waits after every other");
    }

    @Test
    void theSchedulerReadsOnlyTheFirstInstancesJobsForItsPick() {
        List<QueuedJob> queued = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            queued.add(new QueuedJob(String.format("j%04d", i), "i" + (i % 100), T0.plusMillis(i)));
        }
        ListIndex index = new ListIndex(queued);
        FairShareQueue q = new FairShareQueue(index, "b", FairShareGroups.of(Map.of()));
        assertEquals("j0000", q.eligible(Set.of()).iterator().next().jobId());
        assertEquals(2, index.reads, "the group's oldest job, then a page of its instance's");
    }
}
