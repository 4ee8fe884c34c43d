package io.qrun.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.qrun.batch.QuantumExecutionBatchlet.Deadlines;
import io.qrun.domain.job.StopRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExecutionDeadlinesTest {

    private static final Instant T0 = Instant.parse("2026-11-27T12:00:00Z");

    private static Instant at(int s) {
        return T0.plusSeconds(s);
    }

    @Test
    void theModelledTimeEndsTheHoldWhenItComesFirst() {
        Deadlines d = new Deadlines(at(10), at(60), null);
        assertEquals(at(10), d.earliest());
        assertNull(d.cutShort());
        assertNull(d.passed(at(59)));
    }

    @Test
    void theMaximumExecutionTimeCutsALongHold() {
        Deadlines d = new Deadlines(at(100), at(2), null);
        assertEquals(at(2), d.earliest());
        assertEquals(StopRequest.RAN_TOO_LONG, d.cutShort());
        assertEquals(StopRequest.RAN_TOO_LONG, d.passed(at(2)));
        assertNull(d.passed(at(1)));
    }

    @Test
    void theUsageLimitCutsWhenItComesBeforeTheOthers() {
        Deadlines d = new Deadlines(at(100), at(50), at(3));
        assertEquals(at(3), d.earliest());
        assertEquals(StopRequest.USAGE_LIMIT_REACHED, d.cutShort());
        assertEquals(StopRequest.USAGE_LIMIT_REACHED, d.passed(at(3)));
        // both passed: the usage limit is reported (it is the harder limit)
        assertEquals(StopRequest.USAGE_LIMIT_REACHED, d.passed(at(60)));
    }

    @Test
    void aUsageLimitAfterTheModelledEndChangesNothing() {
        Deadlines d = new Deadlines(at(10), at(60), at(30));
        assertEquals(at(10), d.earliest());
        assertNull(d.cutShort());
    }

    @Test
    void maxExecutionBeforeUsageLimitReportsRanTooLong() {
        Deadlines d = new Deadlines(at(100), at(5), at(8));
        assertEquals(at(5), d.earliest());
        assertEquals(StopRequest.RAN_TOO_LONG, d.cutShort());
    }
}
