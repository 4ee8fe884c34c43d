package io.qrun.domain.job;

/** Whether a job's {@code qpu_charge_time_seconds} is final ({@code complete}) or may still grow. */
public enum UsageStatus {
    PENDING("pending"),
    COMPLETE("complete");

    private final String label;

    UsageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
