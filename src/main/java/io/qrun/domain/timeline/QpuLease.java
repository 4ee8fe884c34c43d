package io.qrun.domain.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The QPU of one backend, as a row: who holds it ({@link HolderKind}: a job, a session, a
 * calibration), since when, and the open interval that records it on the timeline. A session's
 * lease names the job executing in it ({@code jobId}), or none while the session keeps the QPU
 * idle. Every change happens with the row locked (pessimistic lock, and {@code version} on top),
 * so two schedulers -- two threads or two nodes -- cannot both hand out the QPU. {@code heartbeat}
 * is refreshed while held, so recovery can close an interval close to when its node stopped.
 */
@Entity
@Table(name = "qpu_leases")
public class QpuLease {
    @Id
    private String backend;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_kind")
    private HolderKind holderKind;

    @Column(name = "job_id")
    private String jobId;

    @Column(name = "session_id")
    private String sessionId;

    @Column(name = "interval_id")
    private Long intervalId;

    @Column(name = "acquired_at")
    private Instant acquiredAt;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    /** When a calibration ends. */
    private Instant deadline;

    @Version
    private long version;

    protected QpuLease() {
    }

    public QpuLease(String backend) {
        this.backend = backend;
    }

    public boolean isFree() {
        return holderKind == null;
    }

    /** True when {@code job} holds the QPU, alone or inside its session. */
    public boolean isHeldBy(String job) {
        return job != null && job.equals(jobId);
    }

    public boolean isHeldBySession(String session) {
        return holderKind == HolderKind.SESSION && session != null && session.equals(sessionId);
    }

    /** A session holds the QPU and no job of it is executing. */
    public boolean isSessionIdle() {
        return holderKind == HolderKind.SESSION && jobId == null;
    }

    public void grantToJob(String job, Long interval, Instant at) {
        take(HolderKind.JOB, at);
        this.jobId = job;
        this.intervalId = interval;
    }

    public void grantToSession(String session, Long idleInterval, Instant at) {
        take(HolderKind.SESSION, at);
        this.sessionId = session;
        this.intervalId = idleInterval;
    }

    public void grantToCalibration(Long interval, Instant at, Instant until) {
        take(HolderKind.CALIBRATION, at);
        this.intervalId = interval;
        this.deadline = until;
    }

    /** Inside a session: the job now executing (or null: idle) and the interval now open. */
    public void sessionRuns(String job, Long interval) {
        if (holderKind != HolderKind.SESSION) {
            throw new IllegalStateException("QPU of " + backend + " is not held by a session");
        }
        this.jobId = job;
        this.intervalId = interval;
    }

    /** A session ends while one of its jobs executes: that job keeps the QPU until its execution ends. */
    public void handToJob() {
        if (holderKind == HolderKind.SESSION && jobId != null) {
            holderKind = HolderKind.JOB;
            sessionId = null;
        }
    }

    private void take(HolderKind kind, Instant at) {
        if (!isFree()) {
            throw new IllegalStateException("QPU of " + backend + " is held (" + holderKind + ")");
        }
        this.holderKind = kind;
        this.acquiredAt = at;
        this.heartbeatAt = at;
    }

    public void release() {
        this.holderKind = null;
        this.jobId = null;
        this.sessionId = null;
        this.intervalId = null;
        this.acquiredAt = null;
        this.heartbeatAt = null;
        this.deadline = null;
    }

    public void beat(Instant at) {
        if (!isFree()) {
            heartbeatAt = at;
        }
    }

    public String backend() { return backend; }
    public HolderKind holderKind() { return holderKind; }
    public String jobId() { return jobId; }
    public String sessionId() { return sessionId; }
    public Long intervalId() { return intervalId; }
    public Instant acquiredAt() { return acquiredAt; }
    public Instant heartbeatAt() { return heartbeatAt; }
    public Instant deadline() { return deadline; }
}
