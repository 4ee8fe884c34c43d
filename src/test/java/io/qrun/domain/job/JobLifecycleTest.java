package io.qrun.domain.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    private static Job newJob() {
        return new Job("abcdefghij0123456789", "sampler", "fake_qpu", "inst", "user", null, "{}",
                List.of("t"), null, false, "info", 7L, T0);
    }

    @Test
    void queuedRunningCompletedStampsTimesAndCompletesUsage() {
        Job job = newJob();
        assertEquals(JobStatus.QUEUED, job.status());
        job.moveTo(JobStatus.RUNNING, T0.plusSeconds(5), null, null, null);
        assertEquals(T0.plusSeconds(5), job.running());
        assertEquals(UsageStatus.PENDING, job.usageStatus());
        job.charge(2.5);
        job.moveTo(JobStatus.COMPLETED, T0.plusSeconds(9), null, null, null);
        assertEquals(T0.plusSeconds(9), job.finished());
        assertEquals(2.5, job.qpuChargeSeconds(), 0.0);
        assertEquals(UsageStatus.COMPLETE, job.usageStatus());
    }

    @Test
    void aQueuedJobCancelledIsChargedNothing() {
        Job job = newJob();
        job.moveTo(JobStatus.CANCELLED, T0.plusSeconds(1), "Cancelled by the user", null, null);
        assertEquals(0.0, job.qpuChargeSeconds(), 0.0);
        assertEquals(UsageStatus.COMPLETE, job.usageStatus());
        assertEquals("Cancelled by the user", job.reason());
    }

    @Test
    void finalStatesAreFinal() {
        for (JobStatus end : JobStatus.finished()) {
            for (JobStatus next : JobStatus.values()) {
                assertFalse(end.canMoveTo(next), end + " -> " + next);
            }
        }
        Job job = newJob();
        job.moveTo(JobStatus.FAILED, T0, "bad", ReasonCodes.PUB_FAILED, null);
        IllegalJobTransitionException e = assertThrows(IllegalJobTransitionException.class,
                () -> job.moveTo(JobStatus.CANCELLED, T0, null, null, null));
        assertEquals("Job abcdefghij0123456789 cannot go from Failed to Cancelled", e.getMessage());
    }

    @Test
    void aQueuedJobCannotCompleteWithoutRunning() {
        assertFalse(JobStatus.QUEUED.canMoveTo(JobStatus.COMPLETED));
        assertFalse(JobStatus.QUEUED.canMoveTo(JobStatus.CANCELLED_RAN_TOO_LONG));
        assertThrows(IllegalJobTransitionException.class,
                () -> newJob().moveTo(JobStatus.COMPLETED, T0, null, null, null));
    }

    @Test
    void requeueAfterRestartClearsTheRun() {
        Job job = newJob();
        job.moveTo(JobStatus.RUNNING, T0.plusSeconds(1), null, null, null);
        job.setBatchExecutionId(12L);
        job.ready(T0.plusSeconds(2), 3.0);
        job.moveTo(JobStatus.QUEUED, T0.plusSeconds(2), null, null, null);
        assertNull(job.running());
        assertNull(job.batchExecutionId());
        assertNull(job.phase());
        assertNull(job.readyAt());
        assertNull(job.estimatedQpuSeconds());
    }

    @Test
    void aRunningJobGoesThroughItsPhasesInOrder() {
        Job job = newJob();
        job.moveTo(JobStatus.RUNNING, T0, null, null, null);
        assertEquals(JobPhase.PREPROCESSING, job.phase());
        assertThrows(IllegalJobTransitionException.class,
                () -> job.startExecution(T0, T0.plusSeconds(1), T0.plusSeconds(9), ExecutionLimit.RAN_TOO_LONG));
        job.ready(T0.plusSeconds(1), 2.5);
        assertEquals(2.5, job.estimatedQpuSeconds());
        job.startExecution(T0.plusSeconds(2), T0.plusSeconds(4), T0.plusSeconds(3), ExecutionLimit.USAGE_LIMIT_REACHED);
        assertEquals(JobPhase.EXECUTING, job.phase());
        // the timer fires at the earlier of the modelled end and the limit
        assertEquals(T0.plusSeconds(3), job.nextExecutionDeadline());
        job.reviseLimit(T0.plusSeconds(10), ExecutionLimit.RAN_TOO_LONG);
        assertEquals(T0.plusSeconds(4), job.nextExecutionDeadline());
        job.moveTo(JobStatus.COMPLETED, T0.plusSeconds(4), null, null, null);
        assertNull(job.phase());
        assertNull(job.nextExecutionDeadline());
        assertEquals(T0.plusSeconds(4), job.finished());
    }

    @Test
    void statusLabelsAreTheApiTexts() {
        assertEquals("Cancelled - Ran too long", JobStatus.CANCELLED_RAN_TOO_LONG.label());
        assertEquals(JobStatus.CANCELLED_RAN_TOO_LONG, JobStatus.fromLabel("Cancelled - Ran too long").orElseThrow());
        assertTrue(JobStatus.fromLabel("Done").isEmpty());
        assertEquals(new Job.StatusConverter().convertToEntityAttribute("Queued"), JobStatus.QUEUED);
    }

    @Test
    void logLevelThresholds() {
        assertTrue(LogLevel.WARNING.admits(LogLevel.ERROR));
        assertTrue(LogLevel.WARNING.admits(LogLevel.WARNING));
        assertFalse(LogLevel.WARNING.admits(LogLevel.INFO));
        assertEquals(LogLevel.DEBUG, LogLevel.parse("debug").orElseThrow());
        assertTrue(LogLevel.parse("verbose").isEmpty());
    }
}
