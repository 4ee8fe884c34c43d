package io.qrun.engine.primitives;

/**
 * How modelled QPU time is computed for a backend (see docs/primitives-engine.md).
 *
 * @param scale                  multiplies the modelled time; 0 means no waiting, only real simulation time
 * @param perJobOverheadSeconds  fixed time a job holds the QPU beyond its shots
 * @param defaultRepDelaySeconds delay between shots when the job does not set options.execution.rep_delay
 */
public record TimeModelSettings(double scale, double perJobOverheadSeconds, double defaultRepDelaySeconds) {

    public TimeModelSettings {
        if (!(scale >= 0) || !(perJobOverheadSeconds >= 0) || !(defaultRepDelaySeconds >= 0)) {
            throw new IllegalArgumentException("time model settings must be finite and non-negative: scale=" + scale
                    + ", perJobOverheadSeconds=" + perJobOverheadSeconds + ", defaultRepDelaySeconds=" + defaultRepDelaySeconds);
        }
    }

    /** IBM-like: 250 us between shots, 2 s of per-job overhead, real time. */
    public static TimeModelSettings defaults() {
        return new TimeModelSettings(1.0, 2.0, 250e-6);
    }
}
