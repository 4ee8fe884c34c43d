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
 * The memory bound a gate pass is measured against. A gate reads and writes every amplitude it
 * touches once, in place: {@code inPlace} (one thread) and {@code parallelInPlace} (split over the
 * simulator's pool, as the kernels are) do exactly that with the cheapest arithmetic there is, a
 * sign flip (exact, so the state stays normalised; the JIT vectorises the loop). They are the
 * bound. {@code arraycopy} and {@code parallelCopy} move the same bytes from one array to another;
 * a copy also reads every destination line before it writes it, so it is a looser bound, kept
 * for comparison with earlier tables.
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
    public double[] inPlace() {
        negate(src, 0, src.length);
        return src;
    }

    @Benchmark
    public double[] parallelInPlace() {
        int chunks = 1 << Math.min(10, n);
        int per = src.length / chunks;
        runner.forRange(n, chunks, (a, b) -> negate(src, a * per, b * per));
        return src;
    }

    private static void negate(double[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            a[i] = -a[i];
        }
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
