package io.qrun.infrastructure.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qrun.domain.timeline.IntervalKind;
import io.qrun.domain.timeline.QpuInterval;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QpuWindowTest {

    static final Instant FROM = Instant.parse("2026-01-01T12:00:00Z");
    static final Instant TO = FROM.plusSeconds(300);

    private static QpuInterval interval(IntervalKind kind, Instant start, Instant end) {
        QpuInterval i = new QpuInterval("qpu", start, kind, "j", null, "job", "i");
        if (end != null) {
            i.close(end);
        }
        return i;
    }

    @Test
    void intervalsAreClippedToTheWindowAndSummedByKind() {
        Map<IntervalKind, Double> held = QpuWindow.heldSeconds(List.of(
                interval(IntervalKind.JOB, FROM.minusSeconds(10), FROM.plusSeconds(5)),       // 5 s inside
                interval(IntervalKind.SESSION_IDLE, FROM.plusSeconds(5), FROM.plusMillis(7_250)), // 2.25 s
                interval(IntervalKind.JOB, FROM.plusSeconds(100), FROM.plusSeconds(110)),     // 10 s
                interval(IntervalKind.CALIBRATION, TO.minusSeconds(3), null)),                 // open: 3 s to the end
                FROM, TO);
        assertEquals(15.0, held.get(IntervalKind.JOB), 1e-9);
        assertEquals(2.25, held.get(IntervalKind.SESSION_IDLE), 1e-9);
        assertEquals(3.0, held.get(IntervalKind.CALIBRATION), 1e-9);
    }

    @Test
    void everyKindIsThereWithNothingHeld() {
        Map<IntervalKind, Double> held = QpuWindow.heldSeconds(List.of(), FROM, TO);
        assertEquals(Map.of(IntervalKind.JOB, 0.0, IntervalKind.SESSION_IDLE, 0.0, IntervalKind.CALIBRATION, 0.0), held);
    }

    @Test
    void anIntervalOutsideTheWindowCountsNothing() {
        Map<IntervalKind, Double> held = QpuWindow.heldSeconds(
                List.of(interval(IntervalKind.JOB, FROM.minusSeconds(20), FROM.minusSeconds(10))), FROM, TO);
        assertEquals(0.0, held.get(IntervalKind.JOB));
    }
}
