package io.qrun.engine.sim;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 20-layer random circuit at n = 24 through the public API (Simulator.finalState, which also
 * allocates the state): one dense pass per gate unfused, against the same circuit with one-qubit
 * gates absorbed into the two-qubit gates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 2)
public class CircuitBenchmark {

    @Param({"24"})
    public int n;

    @Param({"20"})
    public int layers;

    private Simulator simulator;
    private Program unfused;
    private Program fused;

    @Setup
    public void setup() {
        simulator = new Simulator(SimulatorConfig.defaults());
        List<Op> ops = RandomCircuits.layered(n, layers, 7);
        unfused = new Program(n, 0, ops, false);
        fused = new Program(n, 0, HandFusion.absorbSingleQubitGatesIntoTwoQubitGates(n, ops), false);
    }

    @Benchmark
    public StateVector unfused() {
        return simulator.finalState(unfused);
    }

    @Benchmark
    public StateVector fusedByHand() {
        return simulator.finalState(fused);
    }
}
