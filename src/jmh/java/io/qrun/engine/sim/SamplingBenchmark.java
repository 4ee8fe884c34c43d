package io.qrun.engine.sim;

import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One read of the state ({@code oneRead}, the bound), drawing 100,000 shots from a prepared n = 24 state (one pass over the state plus sorting the
 * shots), and the exact Pauli expectation values the Estimator reads from the same state.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class SamplingBenchmark {

    @Param({"24"})
    public int n;

    @Param({"100000"})
    public int shots;

    private StateVector state;
    private ShotSampler sampler;
    private Simulator simulator;
    private ParallelRunner runner;
    private SplittableRandom rng;
    private PauliString zString;
    private PauliString xyString;

    @Setup
    public void setup() {
        state = BenchStates.random(n, 5);
        runner = new ParallelRunner(SimulatorConfig.defaults());
        sampler = new ShotSampler(runner);
        simulator = new Simulator(SimulatorConfig.defaults());
        rng = new SplittableRandom(11);
        zString = PauliString.parse("Z".repeat(n));
        xyString = PauliString.parse("XY".repeat(n / 2));
    }

    @TearDown
    public void release() {
        state = null;
    }

    /** One read of the state (the norm, summed in the simulator's fixed chunks): the bound for sampling. */
    @Benchmark
    public double oneRead() {
        double[] a = state.amplitudes();
        return runner.sum(n, 1 << n, (from, to) -> {
            double acc = 0;
            for (int i = from; i < to; i++) {
                acc += a[2 * i] * a[2 * i] + a[2 * i + 1] * a[2 * i + 1];
            }
            return acc;
        });
    }

    @Benchmark
    public int[] sampleShots() {
        return sampler.draw(state, shots, rng);
    }

    @Benchmark
    public double expectationZ() {
        return simulator.expectation(state, zString);
    }

    @Benchmark
    public double expectationXY() {
        return simulator.expectation(state, xyString);
    }
}
