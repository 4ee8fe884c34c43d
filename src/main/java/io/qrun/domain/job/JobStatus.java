package io.qrun.domain.job;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The states of a primitive job, spelled as the REST API shows them. Queued -> Running -> one of
 * the final states; a queued job may also end directly (cancelled, failed), and a running job
 * may go back to Queued only when the server restarted under it (see RestartRecovery).
 */
public enum JobStatus {
    QUEUED("Queued"),
    RUNNING("Running"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled"),
    CANCELLED_RAN_TOO_LONG("Cancelled - Ran too long"),
    FAILED("Failed");

    private final String label;

    JobStatus(String label) {
        this.label = label;
    }

    /** The exact text of the API's {@code status} field. */
    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }

    /** Jobs still waiting or working: what {@code pending=true} selects. */
    public static Set<JobStatus> pending() {
        return EnumSet.of(QUEUED, RUNNING);
    }

    public static Set<JobStatus> finished() {
        return EnumSet.complementOf(EnumSet.of(QUEUED, RUNNING));
    }

    /** The transitions the scheduler, the batch job and the API may make. */
    public boolean canMoveTo(JobStatus next) {
        switch (this) {
            case QUEUED:
                return next == RUNNING || next == CANCELLED || next == FAILED;
            case RUNNING:
                // back to QUEUED only by restart recovery
                return next == QUEUED || next.isFinal();
            default:
                return false;
        }
    }

    public static Optional<JobStatus> fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(label)).findFirst();
    }
}
