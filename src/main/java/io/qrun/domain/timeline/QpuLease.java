package io.qrun.domain.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The QPU of one backend, as a row: who holds it (a job now; a session later) and since when.
 * Taking it is an optimistic-locked update, so two schedulers (two threads, or later two nodes)
 * cannot both hand the QPU to a job. {@code heartbeat} is refreshed while held, so that restart
 * recovery can close the holder's interval close to when the server actually stopped.
 */
@Entity
@Table(name = "qpu_leases")
public class QpuLease {
    @Id
    private String backend;

    @Column(name = "job_id")
    private String jobId;

    @Column(name = "interval_id")
    private Long intervalId;

    @Column(name = "acquired_at")
    private Instant acquiredAt;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Version
    private long version;

    protected QpuLease() {
    }

    public QpuLease(String backend) {
        this.backend = backend;
    }

    public boolean isFree() {
        return jobId == null;
    }

    public boolean isHeldBy(String job) {
        return job != null && job.equals(jobId);
    }

    public void grant(String job, Long interval, Instant at) {
        if (!isFree()) {
            throw new IllegalStateException("QPU of " + backend + " is held by job " + jobId);
        }
        this.jobId = job;
        this.intervalId = interval;
        this.acquiredAt = at;
        this.heartbeatAt = at;
    }

    public void release() {
        this.jobId = null;
        this.intervalId = null;
        this.acquiredAt = null;
        this.heartbeatAt = null;
    }

    public void beat(Instant at) {
        if (!isFree()) {
            heartbeatAt = at;
        }
    }

    public String backend() { return backend; }
    public String jobId() { return jobId; }
    public Long intervalId() { return intervalId; }
    public Instant acquiredAt() { return acquiredAt; }
    public Instant heartbeatAt() { return heartbeatAt; }
}
