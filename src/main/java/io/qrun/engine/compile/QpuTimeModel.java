package io.qrun.engine.compile;

/**
 * How long a job holds a QPU: for each PUB, shots x (rep delay + circuit duration) summed over its
 * parameter sets; for the job, the PUBs' sum plus a fixed overhead; all times a scale that the
 * operator sets (0 = no modelled waiting, only the real simulation time). All times in seconds.
 */
public final class QpuTimeModel {

    private final double perJobOverheadSeconds;
    private final double scale;

    /**
     * @param perJobOverheadSeconds fixed seconds per job (loading, setup), >= 0
     * @param scale factor on the modelled time, >= 0
     */
    public QpuTimeModel(double perJobOverheadSeconds, double scale) {
        if (!(perJobOverheadSeconds >= 0) || Double.isInfinite(perJobOverheadSeconds)) {
            throw new IllegalArgumentException("per-job overhead must be a finite number of seconds >= 0, got "
                    + perJobOverheadSeconds);
        }
        if (!(scale >= 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("time scale must be a finite number >= 0, got " + scale);
        }
        this.perJobOverheadSeconds = perJobOverheadSeconds;
        this.scale = scale;
    }

    /**
     * Unscaled QPU seconds of one PUB: sum over its parameter sets of
     * {@code shots * (repDelaySeconds + durationSeconds[i])}.
     *
     * @param shots shots per parameter set
     * @param repDelaySeconds the delay between shots
     * @param durationSeconds the compiled duration of each parameter set's circuit
     */
    public static double pubSeconds(long shots, double repDelaySeconds, double[] durationSeconds) {
        if (shots < 0 || !(repDelaySeconds >= 0)) {
            throw new IllegalArgumentException("shots and rep delay must be >= 0, got " + shots + " and "
                    + repDelaySeconds);
        }
        double total = 0;
        for (double d : durationSeconds) {
            if (!(d >= 0)) {
                throw new IllegalArgumentException("circuit duration must be >= 0 seconds, got " + d);
            }
            total += shots * (repDelaySeconds + d);
        }
        return total;
    }

    /** Unscaled QPU seconds of a PUB whose {@code parameterSets} circuits all last {@code durationSeconds}. */
    public static double pubSeconds(long shots, double repDelaySeconds, double durationSeconds, long parameterSets) {
        if (parameterSets < 0) {
            throw new IllegalArgumentException("parameter sets must be >= 0, got " + parameterSets);
        }
        return pubSeconds(shots, repDelaySeconds, new double[] {durationSeconds}) * parameterSets;
    }

    /** Scaled QPU seconds of a job: (sum of {@code pubSeconds} + per-job overhead) x scale. */
    public double jobSeconds(double... pubSeconds) {
        double total = perJobOverheadSeconds;
        for (double p : pubSeconds) {
            total += p;
        }
        return total * scale;
    }

    public double perJobOverheadSeconds() {
        return perJobOverheadSeconds;
    }

    public double scale() {
        return scale;
    }
}
