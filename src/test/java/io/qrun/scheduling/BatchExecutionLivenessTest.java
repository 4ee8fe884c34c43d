package io.qrun.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BatchExecutionLivenessTest {

    static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void anEndedExecutionCanNoLongerMakeItsJobReady() {
        for (BatchStatus s : new BatchStatus[] {BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED,
                BatchStatus.ABANDONED}) {
            assertEquals(true, BatchExecutionLiveness.over(s, NOW, NOW), s.name());
        }
    }

    @Test
    void aRunningOrStoppingExecutionIsLiveHoweverOld() {
        Instant anHourAgo = NOW.minusSeconds(3600);
        assertEquals(false, BatchExecutionLiveness.over(BatchStatus.STARTED, anHourAgo, NOW));
        assertEquals(false, BatchExecutionLiveness.over(BatchStatus.STOPPING, anHourAgo, NOW));
    }

    @Test
    void aStartingExecutionCountsAsNeverStartedOnlyAfterTheStartDeadline() {
        Instant justWithin = NOW.minus(BatchExecutionLiveness.START_DEADLINE);
        assertEquals(false, BatchExecutionLiveness.over(BatchStatus.STARTING, justWithin, NOW));
        assertEquals(true, BatchExecutionLiveness.over(BatchStatus.STARTING, justWithin.minusMillis(1), NOW));
        assertEquals(false, BatchExecutionLiveness.over(BatchStatus.STARTING, NOW.minusSeconds(5), NOW));
        assertEquals(false, BatchExecutionLiveness.over(BatchStatus.STARTING, null, NOW), "no create time: wait");
    }

    @Test
    void aLaunchCountsAsLostOnlyWhenNoExecutionWasRecordedByTheStartDeadline() {
        Instant justWithin = NOW.minus(BatchExecutionLiveness.START_DEADLINE);
        assertEquals(false, BatchExecutionLiveness.launchLost(justWithin, NOW));
        assertEquals(true, BatchExecutionLiveness.launchLost(justWithin.minusMillis(1), NOW));
        assertEquals(false, BatchExecutionLiveness.launchLost(NOW.minusSeconds(2), NOW), "a launch in flight");
        assertEquals(false, BatchExecutionLiveness.launchLost(null, NOW), "no running time: wait");
    }
}
