package io.qrun.engine.compile;

import io.qrun.engine.target.Calibration;
import io.qrun.engine.target.Target;

/**
 * How {@link CircuitCompiler} compiles.
 *
 * @param fuse fuse adjacent unitaries into dense blocks (fewer passes over the state)
 * @param maxQubits the most qubits a compiled circuit may use (the server's qrun.engine.max-qubits)
 * @param noise the backend's noise, or null for a noiseless simulation
 * @param maxFusedQubits the most qubits of one fused block (1..5)
 * @param maxOperations the most operations gate expansion may produce before the compiler gives up
 *     (guards against gate definitions that grow exponentially)
 * @param foldFactor odd k >= 1: each gate G becomes G (G^dagger G)^((k-1)/2), for zero-noise extrapolation
 * @param calibration gate and readout lengths for the duration (null: the noise model's, else defaults)
 * @param dtSeconds the backend's dt, for {@code delay[n dt]} (0 when unknown)
 */
public record CompileOptions(boolean fuse, int maxQubits, NoiseModel noise, int maxFusedQubits, long maxOperations,
        int foldFactor, Calibration calibration, double dtSeconds) {

    /**
     * Chosen by measurement (docs/performance.md, "Fused against unfused"): on a quiet machine the
     * 20-layer random circuit at n = 24 took 7.95 s unfused, 6.79 s fused in blocks of up to 3
     * qubits and 6.26 s in blocks of up to 2. A dense 3-qubit pass costs about 4.7 one-qubit passes
     * ({@link FusionCostModel}), so the greedy fuser's 3-qubit blocks lose to 2-qubit blocks
     * around each two-qubit gate.
     */
    public static final int DEFAULT_MAX_FUSED_QUBITS = 2;

    public static final long DEFAULT_MAX_OPERATIONS = 10_000_000L;

    public CompileOptions {
        if (maxQubits < 1) {
            throw new IllegalArgumentException("maxQubits must be >= 1, got " + maxQubits);
        }
        if (maxFusedQubits < 1 || maxFusedQubits > 5) {
            throw new IllegalArgumentException("maxFusedQubits must be in 1..5, got " + maxFusedQubits);
        }
        if (maxOperations < 1) {
            throw new IllegalArgumentException("maxOperations must be >= 1, got " + maxOperations);
        }
        if (foldFactor < 1 || foldFactor % 2 == 0) {
            throw new IllegalArgumentException("foldFactor must be an odd integer >= 1 (1, 3, 5, ...), got "
                    + foldFactor);
        }
        if (!(dtSeconds >= 0) || Double.isInfinite(dtSeconds)) {
            throw new IllegalArgumentException("dtSeconds must be a finite number >= 0, got " + dtSeconds);
        }
    }

    /**
     * fuse=true, maxQubits=28, noise=null, 2-qubit fusion ({@link #DEFAULT_MAX_FUSED_QUBITS}),
     * 10,000,000 operations, no folding.
     */
    public static CompileOptions defaults() {
        return new CompileOptions(true, 28, null, DEFAULT_MAX_FUSED_QUBITS, DEFAULT_MAX_OPERATIONS, 1, null, 0);
    }

    public CompileOptions withFuse(boolean value) {
        return new CompileOptions(value, maxQubits, noise, maxFusedQubits, maxOperations, foldFactor, calibration,
                dtSeconds);
    }

    public CompileOptions withMaxQubits(int value) {
        return new CompileOptions(fuse, value, noise, maxFusedQubits, maxOperations, foldFactor, calibration,
                dtSeconds);
    }

    public CompileOptions withNoise(NoiseModel value) {
        return new CompileOptions(fuse, maxQubits, value, maxFusedQubits, maxOperations, foldFactor, calibration,
                dtSeconds);
    }

    public CompileOptions withMaxFusedQubits(int value) {
        return new CompileOptions(fuse, maxQubits, noise, value, maxOperations, foldFactor, calibration, dtSeconds);
    }

    public CompileOptions withMaxOperations(long value) {
        return new CompileOptions(fuse, maxQubits, noise, maxFusedQubits, value, foldFactor, calibration, dtSeconds);
    }

    public CompileOptions withFoldFactor(int value) {
        return new CompileOptions(fuse, maxQubits, noise, maxFusedQubits, maxOperations, value, calibration,
                dtSeconds);
    }

    /** Gate lengths and dt from {@code target} (noise is chosen separately, see {@link #withNoise}). */
    public CompileOptions withTarget(Target target) {
        return new CompileOptions(fuse, maxQubits, noise, maxFusedQubits, maxOperations, foldFactor,
                target.calibration(), target.dtSeconds());
    }

    /** The calibration that gives durations: the explicit one, else the noise model's, else none. */
    Calibration timingCalibration() {
        if (calibration != null) {
            return calibration;
        }
        return noise == null ? null : noise.calibration();
    }
}
