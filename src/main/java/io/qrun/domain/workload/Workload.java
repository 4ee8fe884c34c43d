package io.qrun.domain.workload;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A session ({@link WorkloadMode#DEDICATED}) or a batch: the jobs that join it, its state and its
 * timers. Every deadline is a column (the source of truth for the timers that enforce them):
 * {@code maxTtlDeadline} from the first job's start, never moved; {@code interactiveDeadline}
 * from the last job's completion while active; {@code emptyCloseDeadline} from creation until a
 * job starts. State changes go through the methods below, which refuse what the life cycle
 * forbids and are no-ops when repeated (a timer fires at least once).
 */
@Entity
@Table(name = "workloads")
public class Workload {

    @Id
    @Column(length = 40)
    private String id;

    @Column(nullable = false)
    private String backend;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkloadMode mode;

    @Column(name = "instance_id", nullable = false)
    private String instanceId;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkloadState state;

    @Column(name = "state_reason")
    private String stateReason;

    @Column(name = "accepting_jobs", nullable = false)
    private boolean acceptingJobs;

    @Column(name = "max_ttl", nullable = false)
    private long maxTtl;

    @Column(name = "interactive_ttl", nullable = false)
    private long interactiveTtl;

    @Column(nullable = false)
    private Instant created;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "last_job_started")
    private Instant lastJobStarted;

    @Column(name = "last_job_completed")
    private Instant lastJobCompleted;

    @Column(name = "max_ttl_deadline")
    private Instant maxTtlDeadline;

    @Column(name = "interactive_deadline")
    private Instant interactiveDeadline;

    @Column(name = "empty_close_deadline")
    private Instant emptyCloseDeadline;

    @Version
    private long version;

    protected Workload() {
        // for JPA
    }

    public Workload(String id, String backend, WorkloadMode mode, String instanceId, String userId, long maxTtl,
                    long interactiveTtl, Instant created, Instant emptyCloseDeadline) {
        this.id = Objects.requireNonNull(id);
        this.backend = Objects.requireNonNull(backend);
        this.mode = Objects.requireNonNull(mode);
        this.instanceId = Objects.requireNonNull(instanceId);
        this.userId = Objects.requireNonNull(userId);
        this.maxTtl = maxTtl;
        this.interactiveTtl = interactiveTtl;
        this.created = Objects.requireNonNull(created);
        this.emptyCloseDeadline = emptyCloseDeadline;
        this.state = WorkloadState.OPEN;
        this.stateReason = "created";
        this.acceptingJobs = true;
    }

    /**
     * One of its jobs was picked. The first start fixes the max TTL deadline and cancels the
     * close of an empty workload.
     */
    public void jobStarted(Instant now) {
        if (startedAt == null) {
            startedAt = now;
            maxTtlDeadline = now.plusSeconds(maxTtl);
            emptyCloseDeadline = null;
        }
        lastJobStarted = now;
    }

    /** Gains priority; true when the state changed. */
    public boolean activate(Instant now, String reason) {
        if (state == WorkloadState.ACTIVE || state == WorkloadState.CLOSED) {
            return false;
        }
        state = WorkloadState.ACTIVE;
        stateReason = reason;
        activatedAt = now;
        interactiveDeadline = null;
        return true;
    }

    /** Loses priority (interactive TTL expired); true when the state changed. */
    public boolean deactivate(String reason) {
        interactiveDeadline = null;
        if (state != WorkloadState.ACTIVE) {
            return false;
        }
        state = WorkloadState.INACTIVE;
        stateReason = reason;
        return true;
    }

    /** Ends the workload for good; true when the state changed. */
    public boolean close(Instant at, String reason) {
        if (state == WorkloadState.CLOSED) {
            return false;
        }
        state = WorkloadState.CLOSED;
        stateReason = reason;
        closedAt = at;
        acceptingJobs = false;
        interactiveDeadline = null;
        emptyCloseDeadline = null;
        return true;
    }

    /** The user's close: no new jobs; the workload closes once its jobs are done. */
    public void stopAccepting() {
        acceptingJobs = false;
    }

    /** The empty-workload close no longer applies (a job is waiting in the queue). */
    public void cancelEmptyClose() {
        emptyCloseDeadline = null;
    }

    /** The interactive TTL passed while a job of it was still running: it starts again at that job's end. */
    public void clearInteractiveDeadline() {
        interactiveDeadline = null;
    }

    /** A job of it left the QPU: the interactive TTL starts again (only an active workload has one). */
    public void jobCompleted(Instant now) {
        lastJobCompleted = now;
        if (state == WorkloadState.ACTIVE) {
            interactiveDeadline = now.plusSeconds(interactiveTtl);
        }
    }

    public boolean maxTtlPassed(Instant now) {
        return maxTtlDeadline != null && !now.isBefore(maxTtlDeadline);
    }

    public boolean interactiveTtlPassed(Instant now) {
        return interactiveDeadline != null && !now.isBefore(interactiveDeadline);
    }

    public boolean emptyCloseDue(Instant now) {
        return emptyCloseDeadline != null && !now.isBefore(emptyCloseDeadline);
    }

    /** The earliest deadline still to enforce, or null. */
    public Instant nextDeadline() {
        if (state == WorkloadState.CLOSED) {
            return null;
        }
        return Stream.of(maxTtlDeadline, interactiveDeadline, emptyCloseDeadline).filter(Objects::nonNull)
                .min(Instant::compareTo).orElse(null);
    }

    /** Seconds of max TTL left: all of it before the first job starts, none once closed. */
    public long activeTtl(Instant now) {
        if (state == WorkloadState.CLOSED) {
            return 0;
        }
        if (maxTtlDeadline == null) {
            return maxTtl;
        }
        return Math.max(0, (maxTtlDeadline.toEpochMilli() - now.toEpochMilli()) / 1000);
    }

    public boolean isDedicated() {
        return mode == WorkloadMode.DEDICATED;
    }

    public String id() { return id; }
    public String backend() { return backend; }
    public WorkloadMode mode() { return mode; }
    public String instanceId() { return instanceId; }
    public String userId() { return userId; }
    public WorkloadState state() { return state; }
    public String stateReason() { return stateReason; }
    public boolean acceptingJobs() { return acceptingJobs; }
    public long maxTtl() { return maxTtl; }
    public long interactiveTtl() { return interactiveTtl; }
    public Instant created() { return created; }
    public Instant startedAt() { return startedAt; }
    public Instant activatedAt() { return activatedAt; }
    public Instant closedAt() { return closedAt; }
    public Instant lastJobStarted() { return lastJobStarted; }
    public Instant lastJobCompleted() { return lastJobCompleted; }
    public Instant maxTtlDeadline() { return maxTtlDeadline; }
    public Instant interactiveDeadline() { return interactiveDeadline; }
    public Instant emptyCloseDeadline() { return emptyCloseDeadline; }
}
