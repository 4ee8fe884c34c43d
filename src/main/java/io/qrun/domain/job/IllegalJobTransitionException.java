package io.qrun.domain.job;

/** A status change the job's life cycle does not allow (e.g. cancelling a completed job). */
public class IllegalJobTransitionException extends RuntimeException {
    private final JobStatus from;
    private final JobStatus to;

    public IllegalJobTransitionException(String jobId, JobStatus from, JobStatus to) {
        super("Job " + jobId + " cannot go from " + from.label() + " to " + to.label());
        this.from = from;
        this.to = to;
    }

    public JobStatus from() {
        return from;
    }

    public JobStatus to() {
        return to;
    }
}
