package io.qrun.infrastructure.metrics;

import io.qrun.domain.timeline.IntervalKind;
import io.qrun.domain.workload.WorkloadMode;
import io.qrun.domain.workload.WorkloadRepository.StateCount;
import io.qrun.domain.workload.WorkloadState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the gauges show at one moment, read from the database (the state every node shares):
 * queued jobs per backend, seconds of the last {@link #WINDOW} each QPU was held by each kind of
 * holder, and workloads per backend, mode and state.
 */
record ClusterSnapshot(Instant at, Map<String, Long> queued, Map<String, Map<IntervalKind, Double>> held,
                       List<StateCount> workloads) {

    /** The window of the QPU gauges. */
    static final Duration WINDOW = Duration.ofMinutes(5);

    double queued(String backend) {
        return queued.getOrDefault(backend, 0L);
    }

    double heldSeconds(String backend, IntervalKind kind) {
        Map<IntervalKind, Double> byKind = held.get(backend);
        return byKind == null ? 0.0 : byKind.getOrDefault(kind, 0.0);
    }

    double utilization(String backend) {
        return totalHeld(backend) / WINDOW.toSeconds();
    }

    double idleSeconds(String backend) {
        return WINDOW.toSeconds() - totalHeld(backend);
    }

    double workloads(String backend, WorkloadMode mode, WorkloadState state) {
        return workloads.stream().filter(c -> c.backend().equals(backend) && c.mode() == mode && c.state() == state)
                .mapToLong(StateCount::count).sum();
    }

    private double totalHeld(String backend) {
        Map<IntervalKind, Double> byKind = held.get(backend);
        double sum = byKind == null ? 0.0 : byKind.values().stream().mapToDouble(Double::doubleValue).sum();
        return Math.min(sum, WINDOW.toSeconds());
    }
}
