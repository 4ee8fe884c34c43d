package io.qrun.domain.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stored result JSON of a completed job; a separate row so that job listings never load it. */
@Entity
@Table(name = "job_results")
public class JobResultRecord {
    @Id
    @Column(name = "job_id")
    private String jobId;

    @Column(name = "result_json", nullable = false, columnDefinition = "TEXT")
    private String json;

    @Column(nullable = false)
    private Instant created;

    protected JobResultRecord() {
    }

    public JobResultRecord(String jobId, String json, Instant created) {
        this.jobId = jobId;
        this.json = json;
        this.created = created;
    }

    public String jobId() { return jobId; }
    public String json() { return json; }
    public Instant created() { return created; }
}
