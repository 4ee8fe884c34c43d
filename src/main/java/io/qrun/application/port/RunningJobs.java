package io.qrun.application.port;

/**
 * The execution side of a running job, as the use cases see it: a way to ask it to stop now. The
 * durable stop request is on the job row already (the execution re-reads it); this only wakes
 * the job's execution on this node at once. Implemented in infrastructure.batch.
 */
public interface RunningJobs {

    /** Wakes the job's execution so that it sees its stop request; {@code batchExecutionId} may be null. */
    void stop(String jobId, Long batchExecutionId);
}
