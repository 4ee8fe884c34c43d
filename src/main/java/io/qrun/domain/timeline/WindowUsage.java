package io.qrun.domain.timeline;

import io.qrun.domain.instance.InstanceShare;
import java.time.Instant;
import java.util.Map;

/**
 * Each instance's QPU usage over the fair-share window, kept as the intervals close rather than summed
 * over the window's intervals on every pick (V17). Callers bring the transaction. Implemented with JPA in
 * infrastructure.persistence.
 */
public interface WindowUsage {

    /**
     * The interval has just closed and counts for its instance (it has one, and it is not of a job the user
     * cancelled): its microseconds join the instance's usage. {@code windowStart} is where the window begins
     * now; the kept sums move up to it.
     */
    void closed(QpuInterval interval, Instant windowStart);

    /** The user cancelled the job: its closed intervals stop counting. */
    void cancelled(String jobId);

    /**
     * An instance's seconds in the window, and its share and whether it has a usage limit, read with them;
     * {@code share} is null when the read could not join it (an instance whose only usage is an interval still
     * open, or one deleted).
     */
    record Used(double seconds, InstanceShare share) {
    }

    /**
     * The seconds each instance used in the intervals that started at or after {@code since} and count for
     * fair share, an open one up to {@code now}; instances without any are left out.
     */
    Map<String, Used> since(Instant since, Instant now);
}
