package io.qrun.application.jobs;

/**
 * Something changed that may let work start on a backend (a submission, a cancel, a resume). Fired
 * as a CDI event inside the transaction that made the change; the scheduler observes it after the
 * commit and runs a pass on the backend.
 */
public record BackendChanged(String backend) {
}
