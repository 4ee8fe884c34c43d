package io.qrun.domain.job;

/**
 * Where a Running job is (the API shows only Running): its partitioned preprocessing runs
 * (a Jakarta Batch job), it waits for the QPU, or it holds the QPU until its stored deadline.
 */
public enum JobPhase {
    PREPROCESSING,
    READY,
    EXECUTING
}
