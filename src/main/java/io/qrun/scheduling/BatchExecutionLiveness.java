package io.qrun.scheduling;

import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether a job's preprocessing batch execution can still make the job ready. One that ended
 * (completed, failed, stopped, abandoned) cannot; nor can one that never started: JBeret leaves an
 * execution STARTING for good when its thread fails the execution's first repository write (no
 * connection from the pool in time, a broken connection), and nothing would move its job on. The
 * batch thread pool is sized so that every job that may preprocess at once has its threads
 * (configure-batch-pools.cli), so an execution waits for a thread seconds at most;
 * {@link #START_DEADLINE} is far beyond that, and beyond a graceful suspend's usual length.
 */
final class BatchExecutionLiveness {

    /** How long an execution may stay STARTING before it counts as never started. */
    static final Duration START_DEADLINE = Duration.ofMinutes(5);

    private BatchExecutionLiveness() {
    }

    /**
     * Whether a job that preprocesses on this node with no batch execution launched for it
     * (NodeLaunches) lost its launch: the launch follows the commit of the pass that started the
     * job within milliseconds, so one still missing {@link #START_DEADLINE} after the job started
     * running never happened (the node failed between the commit and the launch without
     * stopping).
     *
     * @param running when the job started running
     */
    static boolean launchLost(Instant running, Instant now) {
        return running != null && running.plus(START_DEADLINE).isBefore(now);
    }

    /** @param created the execution's create time, null if unknown */
    static boolean over(BatchStatus status, Instant created, Instant now) {
        return switch (status) {
            case COMPLETED, FAILED, STOPPED, ABANDONED -> true;
            case STARTING -> created != null && created.plus(START_DEADLINE).isBefore(now);
            default -> false;
        };
    }
}
