package io.qrun.domain.timeline;

/** Who holds a backend's QPU. */
public enum HolderKind {
    /** A job-mode job from its pick, or a batch job (or a job of a closed session) during its execution. */
    JOB,
    /** An active session: through its jobs' executions and the idle gaps between them. */
    SESSION,
    /** A calibration job, until its deadline. */
    CALIBRATION
}
