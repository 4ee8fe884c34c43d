package io.qrun.domain.job;

/**
 * The {@code reason_code} values Qrun sets on a job's state. 1305 is IBM Qiskit Runtime's
 * "ran too long" code; the others are Qrun's own, in the same 1xxx range, documented here.
 */
public final class ReasonCodes {
    /** Quantum execution passed the job's maximum execution time (min(cost, operator cap)). */
    public static final int RAN_TOO_LONG = 1305;
    /** The job was stopped because its instance reached its usage limit while it ran. */
    public static final int USAGE_LIMIT_REACHED = 1306;
    /** A PUB failed preprocessing or execution (bad circuit for the target, too many qubits...). */
    public static final int PUB_FAILED = 1517;
    /** The service failed the job (an internal error, or the server restarted under it). */
    public static final int INTERNAL_ERROR = 1500;

    /** The job's session or batch reached its max TTL (or was cancelled) before the job ran. */
    public static final int WORKLOAD_ENDED = 1309;

    private ReasonCodes() {
    }
}
