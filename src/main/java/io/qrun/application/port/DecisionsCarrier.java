package io.qrun.application.port;

import io.qrun.application.execution.Decisions;

/**
 * Carries out what a committed scheduling transaction decided: start preprocessing batch jobs,
 * compute executions, arm timers, run passes. Implemented by the scheduling layer; use cases call
 * it after their transaction has committed.
 */
public interface DecisionsCarrier {

    void carryOut(Decisions decisions);
}
