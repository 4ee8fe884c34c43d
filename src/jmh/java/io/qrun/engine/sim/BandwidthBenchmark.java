package io.qrun.engine.sim;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.Measurement;

/**
 * The memory bound a gate pass is measured against: one read and one write of a state-sized array
 * (2 x 16 x 2^n bytes). {@code arraycopy} is the JVM's best streaming copy on one thread;
 * {@code parallelCopy} splits it like the kernels do, to show what the memory system gives to
 * all threads.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BandwidthBenchmark {

    @Param({"20", "24", "26"})
    public int n;

    private double[] src;
    private double[] dst;
    private ParallelRunner runner;

    @Setup(Level.Trial)
    public void setup() {
        src = BenchStates.random(n, 1).amplitudes();
        dst = new double[src.length];
        runner = new ParallelRunner(SimulatorConfig.defaults());
    }

    @TearDown(Level.Trial)
    public void release() {
        src = null;
        dst = null;
    }

    @Benchmark
    public double[] arraycopy() {
        System.arraycopy(src, 0, dst, 0, src.length);
        return dst;
    }

    @Benchmark
    public double[] parallelCopy() {
        int chunks = 1 << Math.min(10, n);
        int per = src.length / chunks;
        runner.forRange(n, chunks, (a, b) -> System.arraycopy(src, a * per, dst, a * per, (b - a) * per));
        return dst;
    }
}
