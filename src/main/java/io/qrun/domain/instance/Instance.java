package io.qrun.domain.instance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The account that owns jobs and pays for them: a plan, a fair-share weight and an optional usage
 * limit (seconds of QPU time per usage period, counted from {@link #getUsagePeriodStart()}).
 */
@Entity
@Table(name = "instances")
public class Instance {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan", nullable = false, length = 16)
    private Plan plan;

    /** Relative weight in fair-share scheduling; 0 < share. */
    @Column(name = "share", nullable = false)
    private double share;

    /** Seconds of usage allowed per period; null means unlimited. */
    @Column(name = "usage_limit_seconds")
    private Long usageLimitSeconds;

    @Column(name = "usage_period_start", nullable = false)
    private Instant usagePeriodStart;

    @Column(name = "created", nullable = false)
    private Instant created;

    protected Instance() {
        // for JPA
    }

    public Instance(String id, String name, Plan plan, double share, Long usageLimitSeconds, Instant now) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.share = share;
        this.usageLimitSeconds = usageLimitSeconds;
        this.usagePeriodStart = now;
        this.created = now;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public Plan getPlan() {
        return plan;
    }

    public void setPlan(Plan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    public double getShare() {
        return share;
    }

    public void setShare(double share) {
        this.share = share;
    }

    public Long getUsageLimitSeconds() {
        return usageLimitSeconds;
    }

    public void setUsageLimitSeconds(Long usageLimitSeconds) {
        this.usageLimitSeconds = usageLimitSeconds;
    }

    public Instant getUsagePeriodStart() {
        return usagePeriodStart;
    }

    public void setUsagePeriodStart(Instant usagePeriodStart) {
        this.usagePeriodStart = Objects.requireNonNull(usagePeriodStart, "usagePeriodStart");
    }

    public Instant getCreated() {
        return created;
    }

    // record-style accessors, so callers may use either convention

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Plan plan() {
        return plan;
    }

    public double share() {
        return share;
    }

    public Long usageLimitSeconds() {
        return usageLimitSeconds;
    }

    public Instant usagePeriodStart() {
        return usagePeriodStart;
    }

    public Instant created() {
        return created;
    }
}
