package io.qrun.infrastructure.metrics;

import io.qrun.domain.shared.Times;
import io.qrun.domain.timeline.IntervalKind;
import io.qrun.domain.timeline.QpuInterval;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many seconds of a window a backend's QPU was held, by what held it, from its timeline
 * intervals: each interval clipped to the window (an open one counts up to the window's end).
 * A backend's intervals never overlap (the lease has one holder), so the sums add up to at most
 * the window.
 */
final class QpuWindow {

    private QpuWindow() {
    }

    static Map<IntervalKind, Double> heldSeconds(List<QpuInterval> intervals, Instant from, Instant to) {
        Map<IntervalKind, Double> held = new EnumMap<>(IntervalKind.class);
        for (IntervalKind kind : IntervalKind.values()) {
            held.put(kind, 0.0);
        }
        for (QpuInterval i : intervals) {
            Instant start = i.start().isBefore(from) ? from : i.start();
            Instant end = i.end() == null || i.end().isAfter(to) ? to : i.end();
            if (end.isAfter(start)) {
                held.merge(i.kind(), Times.secondsBetween(start, end), Double::sum);
            }
        }
        return held;
    }
}
