package io.qrun.domain.job;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a job's status history: the status it entered, when, and why. */
@Entity
@Table(name = "job_events")
public class JobEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_id", nullable = false)
    private String jobId;

    @Convert(converter = Job.StatusConverter.class)
    @Column(nullable = false)
    private JobStatus status;

    private String detail;

    @Column(nullable = false)
    private Instant at;

    protected JobEvent() {
    }

    public JobEvent(String jobId, JobStatus status, String detail, Instant at) {
        this.jobId = jobId;
        this.status = status;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
        this.at = at;
    }

    public String jobId() { return jobId; }
    public JobStatus status() { return status; }
    public String detail() { return detail; }
    public Instant at() { return at; }
}
