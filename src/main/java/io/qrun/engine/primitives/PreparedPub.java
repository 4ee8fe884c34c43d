package io.qrun.engine.primitives;

import io.qrun.engine.compile.CompiledCircuit;
import java.util.List;
import java.util.Map;

/**
 * One PUB after preprocessing, ready for the QPU: its circuit compiled for every parameter set
 * (and, for zero-noise extrapolation, for every noise factor), with the readout errors of the
 * simulated qubits and the modelled QPU time. In memory only (it holds compiled programs).
 */
public final class PreparedPub {

    private final DecodedPub pub;
    /** compiled.get(factor).get(set): the circuit folded {@code factor} times for parameter set {@code set}. */
    private final Map<Integer, List<CompiledCircuit>> compiled;
    private final boolean noisy;
    /** Per parameter set, per program qubit: {probMeas1Prep0, probMeas0Prep1} (zeros when noiseless). */
    private final List<double[][]> readout;
    private final ResiliencePlan resilience;
    private final double unscaledQpuSeconds;
    private final double estimatedQpuSeconds;

    PreparedPub(DecodedPub pub, Map<Integer, List<CompiledCircuit>> compiled, boolean noisy, List<double[][]> readout,
            ResiliencePlan resilience, double unscaledQpuSeconds, double estimatedQpuSeconds) {
        this.pub = pub;
        this.compiled = Map.copyOf(compiled);
        this.noisy = noisy;
        this.readout = List.copyOf(readout);
        this.resilience = resilience;
        this.unscaledQpuSeconds = unscaledQpuSeconds;
        this.estimatedQpuSeconds = estimatedQpuSeconds;
    }

    public int pubIndex() {
        return pub.index();
    }

    /** Modelled QPU seconds of this PUB, scaled by the time model (per-job overhead not included). */
    public double estimatedQpuSeconds() {
        return estimatedQpuSeconds;
    }

    /** The same without the operator's scale, for {@link PrimitiveEngine#jobQpuSeconds}. */
    public double unscaledQpuSeconds() {
        return unscaledQpuSeconds;
    }

    /** Whether the backend's noise is simulated for this PUB. */
    public boolean noisy() {
        return noisy;
    }

    public DecodedPub pub() {
        return pub;
    }

    /** The circuit compiled for parameter set {@code set} at noise factor 1. */
    public CompiledCircuit compiled(int set) {
        return compiled.get(1).get(set);
    }

    CompiledCircuit compiled(int foldFactor, int set) {
        return compiled.get(foldFactor).get(set);
    }

    double[][] readout(int set) {
        return readout.get(set);
    }

    ResiliencePlan resilience() {
        return resilience;
    }
}
