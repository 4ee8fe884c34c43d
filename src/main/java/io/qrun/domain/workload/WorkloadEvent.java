package io.qrun.domain.workload;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One state change of a workload (the session object's {@code timestamps}). */
@Entity
@Table(name = "workload_events")
public class WorkloadEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workload_id", nullable = false)
    private String workloadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkloadState state;

    private String reason;

    @Column(nullable = false)
    private Instant at;

    protected WorkloadEvent() {
    }

    public WorkloadEvent(String workloadId, WorkloadState state, String reason, Instant at) {
        this.workloadId = workloadId;
        this.state = state;
        this.reason = reason;
        this.at = at;
    }

    public String workloadId() { return workloadId; }
    public WorkloadState state() { return state; }
    public String reason() { return reason; }
    public Instant at() { return at; }
}
