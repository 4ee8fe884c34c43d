package io.qrun.domain.timeline;

import io.qrun.domain.shared.Times;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One QPU occupancy interval of a backend: a job holding the QPU (from its pick to the end of
 * its quantum execution), a calibration, or a session keeping it idle. {@code end} is null while
 * the interval is open. Kept after the job is deleted: the timeline is the backend's history.
 */
@Entity
@Table(name = "qpu_intervals")
public class QpuInterval {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String backend;

    @Column(name = "start_at", nullable = false)
    private Instant start;

    @Column(name = "end_at")
    private Instant end;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IntervalKind kind;

    @Column(name = "job_id")
    private String jobId;

    @Column(name = "session_id")
    private String sessionId;

    private String mode;

    @Column(name = "instance_id")
    private String instanceId;

    /** What the closed interval counts for its instance's fair share, in microseconds; null when nothing (V17). */
    @Column(name = "counted_micros")
    private Long countedMicros;

    protected QpuInterval() {
    }

    public QpuInterval(String backend, Instant start, IntervalKind kind, String jobId, String sessionId,
                       String mode, String instanceId) {
        this.backend = backend;
        this.start = start;
        this.kind = kind;
        this.jobId = jobId;
        this.sessionId = sessionId;
        this.mode = mode;
        this.instanceId = instanceId;
    }

    /** Closes the interval; idempotent, and never earlier than its start. */
    public void close(Instant at) {
        if (end == null) {
            end = at.isBefore(start) ? start : at;
        }
    }

    /** Counts the closed interval for its instance's fair share: its whole microseconds. */
    public long count() {
        countedMicros = java.time.temporal.ChronoUnit.MICROS.between(start, end);
        return countedMicros;
    }

    /** Stops counting it (its job was cancelled). */
    public void uncount() {
        countedMicros = null;
    }

    public Long countedMicros() { return countedMicros; }
    public Long id() { return id; }
    public String backend() { return backend; }
    public Instant start() { return start; }
    public Instant end() { return end; }
    public IntervalKind kind() { return kind; }
    public String jobId() { return jobId; }
    public String sessionId() { return sessionId; }
    public String mode() { return mode; }
    public String instanceId() { return instanceId; }

    /** Seconds covered up to {@code now} (an open interval counts to now). */
    public double seconds(Instant now) {
        return seconds(start, end, now);
    }

    /** The seconds of an interval from {@code start} to {@code end}, or to {@code now} while it is open. */
    public static double seconds(Instant start, Instant end, Instant now) {
        Instant until = end != null ? end : now;
        return until.isBefore(start) ? 0.0 : Times.secondsBetween(start, until);
    }
}
