package io.qrun.domain.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the log a user reads with GET /jobs/{id}/logs. */
@Entity
@Table(name = "job_logs")
public class JobLogLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_id", nullable = false)
    private String jobId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String level;

    @Column(nullable = false)
    private String message;

    protected JobLogLine() {
    }

    public JobLogLine(String jobId, Instant at, LogLevel level, String message) {
        this.jobId = jobId;
        this.at = at;
        this.level = level.name();
        this.message = message.length() <= 4000 ? message : message.substring(0, 4000);
    }

    public Long id() { return id; }
    public Instant at() { return at; }
    public String level() { return level; }
    public String message() { return message; }
}
