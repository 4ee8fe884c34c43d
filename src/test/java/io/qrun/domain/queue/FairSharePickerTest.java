package io.qrun.domain.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FairSharePickerTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private final FairSharePicker picker = new FairSharePicker();

    private static QueuedJob job(String id, String instance, int secondsAfterT0) {
        return new QueuedJob(id, instance, T0.plusSeconds(secondsAfterT0));
    }

    @Test
    void picksTheInstanceWithLeastUsagePerShareEvenIfItsJobIsYounger() {
        var queue = List.of(job("a1", "A", 0), job("b1", "B", 50));
        var standings = Map.of(
                "A", new InstanceStanding("A", 100.0, 1.0, false),   // 100 s per share
                "B", new InstanceStanding("B", 150.0, 2.0, false));  // 75 s per share
        assertEquals("b1", picker.pick(queue, standings).orElseThrow().jobId());
    }

    @Test
    void shareWeighsUsage() {
        var queue = List.of(job("a1", "A", 0), job("b1", "B", 0));
        // equal usage, B has three times the share: B is owed more
        var standings = Map.of(
                "A", new InstanceStanding("A", 30.0, 1.0, false),
                "B", new InstanceStanding("B", 30.0, 3.0, false));
        assertEquals("b1", picker.pick(queue, standings).orElseThrow().jobId());
    }

    @Test
    void oldestJobFirstWithinAnInstance() {
        var queue = List.of(job("a2", "A", 20), job("a1", "A", 10), job("a3", "A", 30));
        assertEquals(List.of("a1", "a2", "a3"),
                picker.order(queue, Map.of()).stream().map(QueuedJob::jobId).toList());
    }

    @Test
    void skipsInstancesAtTheirUsageLimitButKeepsTheirJobsOutOfTheOrder() {
        var queue = List.of(job("a1", "A", 0), job("b1", "B", 100));
        var standings = Map.of(
                "A", new InstanceStanding("A", 0.0, 1.0, true),
                "B", new InstanceStanding("B", 500.0, 1.0, false));
        assertEquals("b1", picker.pick(queue, standings).orElseThrow().jobId());
        assertEquals(List.of("b1"), picker.order(queue, standings).stream().map(QueuedJob::jobId).toList());
    }

    @Test
    void nothingToPickWhenEveryInstanceIsAtItsLimit() {
        var queue = List.of(job("a1", "A", 0));
        var standings = Map.of("A", new InstanceStanding("A", 10.0, 1.0, true));
        assertTrue(picker.pick(queue, standings).isEmpty());
        assertTrue(picker.pick(List.of(), Map.of()).isEmpty());
    }

    @Test
    void tieBetweenInstancesGoesToTheLongestWaitingOldestJob() {
        var queue = List.of(job("a1", "A", 40), job("b1", "B", 10), job("b2", "B", 50));
        var standings = Map.of(
                "A", new InstanceStanding("A", 20.0, 1.0, false),
                "B", new InstanceStanding("B", 20.0, 1.0, false));
        // usage per share equal: B's oldest job (t+10) waited longer than A's (t+40)
        assertEquals(List.of("b1", "b2", "a1"),
                picker.order(queue, standings).stream().map(QueuedJob::jobId).toList());
    }

    @Test
    void zeroShareRunsOnlyWhenNobodyElseWaits() {
        var standings = Map.of(
                "A", new InstanceStanding("A", 0.0, 0.0, false),
                "B", new InstanceStanding("B", 1e6, 1.0, false));
        assertEquals("b1", picker.pick(List.of(job("a1", "A", 0), job("b1", "B", 99)), standings)
                .orElseThrow().jobId());
        assertEquals("a1", picker.pick(List.of(job("a1", "A", 0)), standings).orElseThrow().jobId());
    }

    @Test
    void unknownInstanceCountsAsUnusedWithShareOne() {
        var queue = List.of(job("x1", "X", 30), job("b1", "B", 0));
        var standings = Map.of("B", new InstanceStanding("B", 1.0, 1.0, false));
        assertEquals("x1", picker.pick(queue, standings).orElseThrow().jobId());
    }
}
