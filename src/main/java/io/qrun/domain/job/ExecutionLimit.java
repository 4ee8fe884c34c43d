package io.qrun.domain.job;

/**
 * The limit that cuts a quantum execution short, stored with the time it falls due
 * ({@code execution_limit_at}): the job ends there unless its modelled time ends first.
 */
public enum ExecutionLimit {
    /** The maximum execution time (the smaller of cost and the operator's cap): Cancelled - Ran too long, 1305. */
    RAN_TOO_LONG,
    /** The instance's usage limit: Cancelled, 1306. */
    USAGE_LIMIT_REACHED
}
