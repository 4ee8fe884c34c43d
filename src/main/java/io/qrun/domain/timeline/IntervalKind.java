package io.qrun.domain.timeline;

/** What occupied the QPU during an interval (the timeline's {@code kind}). */
public enum IntervalKind {
    JOB("job"),
    CALIBRATION("calibration"),
    SESSION_IDLE("session_idle");

    private final String label;

    IntervalKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
