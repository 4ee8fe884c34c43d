package io.qrun.domain.job;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One primitive job (the aggregate root of its events, result and log). The row is the source
 * of truth: the scheduler and the batch job only ever act on what it says, so a restart loses
 * nothing but in-memory work. Status changes go through {@link #moveTo} so that only the
 * transitions of {@link JobStatus} happen; {@code version} makes concurrent changes (a cancel
 * racing the scheduler's pick) fail instead of overwriting each other.
 */
@Entity
@Table(name = "jobs")
public class Job {

    @Id
    @Column(length = 20)
    private String id;

    @Column(name = "program_id", nullable = false)
    private String programId;

    @Column(nullable = false)
    private String backend;

    @Column(name = "instance_id", nullable = false)
    private String instanceId;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "session_id")
    private String sessionId;

    /** The backend calibration the job runs with (null: the current one at its execution). */
    @Column(name = "calibration_id", length = 40)
    private String calibrationId;

    @Convert(converter = StatusConverter.class)
    @Column(nullable = false)
    private JobStatus status;

    private String reason;

    @Column(name = "reason_code")
    private Integer reasonCode;

    @Column(name = "reason_solution")
    private String reasonSolution;

    /** The submitted params as JSON text (kept verbatim: the job is re-validated from it). */
    @Column(nullable = false, columnDefinition = "TEXT")
    private String params;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "job_tags", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag")
    private List<String> tags = new ArrayList<>();

    private Long cost;

    @Column(name = "private_job", nullable = false)
    private boolean privateJob;

    @Column(name = "log_level", nullable = false)
    private String logLevel;

    /** The simulator seed: the user's, or one drawn at submission, so a re-run repeats the samples. */
    @Column(nullable = false)
    private long seed;

    @Column(nullable = false)
    private Instant created;

    private Instant running;

    private Instant finished;

    @Column(name = "estimated_qpu_seconds")
    private Double estimatedQpuSeconds;

    @Column(name = "qpu_charge_seconds")
    private Double qpuChargeSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "usage_status", nullable = false)
    private UsageStatus usageStatus = UsageStatus.PENDING;

    @Enumerated(EnumType.STRING)
    private JobPhase phase;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "execution_started")
    private Instant executionStarted;

    /** The modelled end of the quantum execution. */
    @Column(name = "execution_deadline")
    private Instant executionDeadline;

    /** When a limit cuts the execution short (if before the modelled end), and which. */
    @Column(name = "execution_limit_at")
    private Instant executionLimitAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "execution_limit_kind")
    private ExecutionLimit executionLimitKind;

    /** The node whose threads work on the job while it is Running. */
    @Column(name = "node_id")
    private String nodeId;

    /** JSON array of the quantum execution's spans (for metrics; kept when a private result is read). */
    @Column(name = "execution_spans", columnDefinition = "TEXT")
    private String executionSpans;

    @Column(name = "batch_execution_id")
    private Long batchExecutionId;

    @Version
    private long version;

    protected Job() {
        // for JPA
    }

    public Job(String id, String programId, String backend, String instanceId, String userId,
               String sessionId, String params, List<String> tags, Long cost, boolean privateJob,
               String logLevel, long seed, Instant created) {
        this.id = Objects.requireNonNull(id);
        this.programId = Objects.requireNonNull(programId);
        this.backend = Objects.requireNonNull(backend);
        this.instanceId = Objects.requireNonNull(instanceId);
        this.userId = Objects.requireNonNull(userId);
        this.sessionId = sessionId;
        this.params = Objects.requireNonNull(params);
        this.tags = new ArrayList<>(tags == null ? List.of() : tags);
        this.cost = cost;
        this.privateJob = privateJob;
        this.logLevel = Objects.requireNonNull(logLevel);
        this.seed = seed;
        this.created = Objects.requireNonNull(created);
        this.status = JobStatus.QUEUED;
    }

    /**
     * Changes the status, stamping running/finished times and clearing a reason that no longer
     * applies. Throws IllegalJobTransitionException for a change the life cycle forbids.
     */
    public void moveTo(JobStatus next, Instant at, String reason, Integer reasonCode, String reasonSolution) {
        if (!status.canMoveTo(next)) {
            throw new IllegalJobTransitionException(id, status, next);
        }
        this.status = next;
        this.reason = reason;
        this.reasonCode = reasonCode;
        this.reasonSolution = reasonSolution;
        if (next != JobStatus.RUNNING) {
            clearPhase();
        }
        if (next == JobStatus.RUNNING) {
            this.running = at;
            this.finished = null;
            this.phase = JobPhase.PREPROCESSING;
        } else if (next == JobStatus.QUEUED) {
            this.running = null;
            this.batchExecutionId = null;
            this.estimatedQpuSeconds = null;
            this.executionSpans = null;
            // the aborted run is not charged: usage is charged when the job really runs
            this.qpuChargeSeconds = null;
            this.usageStatus = UsageStatus.PENDING;
        } else if (next.isFinal()) {
            this.finished = at;
            if (usageStatus == UsageStatus.PENDING) {
                // a job that never held the QPU is charged nothing
                if (qpuChargeSeconds == null) {
                    qpuChargeSeconds = 0.0;
                }
                usageStatus = UsageStatus.COMPLETE;
            }
        }
    }

    public void charge(double seconds) {
        this.qpuChargeSeconds = seconds;
        this.usageStatus = UsageStatus.COMPLETE;
    }

    /** Preprocessing is done: the job waits for the QPU. */
    public void ready(Instant at, double estimatedSeconds) {
        requirePhase(JobPhase.PREPROCESSING);
        this.phase = JobPhase.READY;
        this.readyAt = at;
        this.estimatedQpuSeconds = estimatedSeconds;
    }

    /** Preprocessing starts (again, after a restart); the job stays Running. */
    public void preprocessAgain() {
        this.phase = JobPhase.PREPROCESSING;
        this.readyAt = null;
        this.batchExecutionId = null;
    }

    /** The quantum execution starts: it ends at {@code deadline} unless {@code limit} falls due at {@code limitAt} first. */
    public void startExecution(Instant at, Instant deadline, Instant limitAt, ExecutionLimit limit) {
        requirePhase(JobPhase.READY);
        this.phase = JobPhase.EXECUTING;
        this.executionStarted = at;
        this.executionDeadline = deadline;
        this.executionLimitAt = limitAt;
        this.executionLimitKind = limit;
    }

    /** The execution's deadline moved (a later usage reservation, or a re-estimate). */
    public void reviseLimit(Instant limitAt, ExecutionLimit limit) {
        requirePhase(JobPhase.EXECUTING);
        this.executionLimitAt = limitAt;
        this.executionLimitKind = limit;
    }

    public void assignTo(String node) {
        this.nodeId = node;
    }

    /** When the timer of the executing job must fire next: the modelled end or the limit, whichever is first. */
    public Instant nextExecutionDeadline() {
        if (phase != JobPhase.EXECUTING) {
            return null;
        }
        if (executionLimitAt != null && executionLimitAt.isBefore(executionDeadline)) {
            return executionLimitAt;
        }
        return executionDeadline;
    }

    private void requirePhase(JobPhase expected) {
        if (status != JobStatus.RUNNING || phase != expected) {
            throw new IllegalJobTransitionException(id, status, status);
        }
    }

    private void clearPhase() {
        this.phase = null;
        this.readyAt = null;
        this.executionStarted = null;
        this.executionDeadline = null;
        this.executionLimitAt = null;
        this.executionLimitKind = null;
    }

    public void replaceTags(List<String> newTags) {
        tags.clear();
        tags.addAll(newTags);
    }

    public String id() { return id; }
    public String programId() { return programId; }
    public String backend() { return backend; }
    public String instanceId() { return instanceId; }
    public String userId() { return userId; }
    public String sessionId() { return sessionId; }

    public String calibrationId() { return calibrationId; }

    /** Pins the job to a calibration of its backend (null: the current one); set at submission. */
    public void runWithCalibration(String id) {
        this.calibrationId = id;
    }
    public JobStatus status() { return status; }
    public String reason() { return reason; }
    public Integer reasonCode() { return reasonCode; }
    public String reasonSolution() { return reasonSolution; }
    public String params() { return params; }
    public List<String> tags() { return List.copyOf(tags); }
    public Long cost() { return cost; }
    public boolean privateJob() { return privateJob; }
    public String logLevel() { return logLevel; }
    public long seed() { return seed; }
    public Instant created() { return created; }
    public Instant running() { return running; }
    public Instant finished() { return finished; }
    public Double estimatedQpuSeconds() { return estimatedQpuSeconds; }
    public Double qpuChargeSeconds() { return qpuChargeSeconds; }
    public UsageStatus usageStatus() { return usageStatus; }
    public JobPhase phase() { return phase; }
    public Instant readyAt() { return readyAt; }
    public Instant executionStarted() { return executionStarted; }
    public Instant executionDeadline() { return executionDeadline; }
    public Instant executionLimitAt() { return executionLimitAt; }
    public ExecutionLimit executionLimitKind() { return executionLimitKind; }
    public String nodeId() { return nodeId; }
    public boolean isPhase(JobPhase p) { return status == JobStatus.RUNNING && phase == p; }
    public Long batchExecutionId() { return batchExecutionId; }
    public long version() { return version; }
    public String executionSpans() { return executionSpans; }
    public void setExecutionSpans(String json) { this.executionSpans = json; }

    public void setEstimatedQpuSeconds(Double seconds) { this.estimatedQpuSeconds = seconds; }
    public void setBatchExecutionId(Long executionId) { this.batchExecutionId = executionId; }

    /** Stores the API's status text ("Cancelled - Ran too long"), not the enum constant. */
    @Converter
    public static class StatusConverter implements AttributeConverter<JobStatus, String> {
        @Override
        public String convertToDatabaseColumn(JobStatus status) {
            return status == null ? null : status.label();
        }

        @Override
        public JobStatus convertToEntityAttribute(String label) {
            return label == null ? null : JobStatus.fromLabel(label)
                    .orElseThrow(() -> new IllegalStateException("Unknown job status in the database: " + label));
        }
    }
}
