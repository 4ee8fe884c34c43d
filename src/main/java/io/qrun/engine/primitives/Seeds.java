package io.qrun.engine.primitives;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Independent, reproducible random streams for each piece of a job: one per (job seed, PUB,
 * parameter set, purpose). Mixing with SplitMix64's finalizer keeps nearby seeds (0, 1, 2...)
 * from giving correlated streams.
 */
final class Seeds {

    /** Purposes, so that e.g. trajectories and shot noise of one set never share a stream. */
    static final int SAMPLES = 0;
    static final int SHOT_NOISE = 1;
    static final int NOISY_ESTIMATE = 2;

    private Seeds() {}

    static RandomGenerator stream(long jobSeed, int pubIndex, int setIndex, int purpose) {
        long s = mix(jobSeed);
        s = mix(s ^ (0x9E3779B97F4A7C15L * (pubIndex + 1L)));
        s = mix(s ^ (0xC2B2AE3D27D4EB4FL * (setIndex + 1L)));
        s = mix(s ^ (0x165667B19E3779F9L * (purpose + 1L)));
        return new SplittableRandom(s);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
