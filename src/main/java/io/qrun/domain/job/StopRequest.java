package io.qrun.domain.job;

/**
 * Why a running job was asked to stop. Stored on the job row so that the batch job's listener
 * (and restart recovery) know which final state to give it.
 */
public enum StopRequest {
    /** The user (or an operator) cancelled it: ends Cancelled. */
    CANCELLED_BY_USER,
    /** Quantum execution passed the maximum execution time: ends Cancelled - Ran too long, 1305. */
    RAN_TOO_LONG,
    /** The instance reached its usage limit while the job held the QPU: ends Cancelled. */
    USAGE_LIMIT_REACHED
}
