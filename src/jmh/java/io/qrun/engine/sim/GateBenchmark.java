package io.qrun.engine.sim;

import java.util.Random;
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
 * One gate pass over the whole state, in place (the state is not reset between invocations: the
 * gates are unitary, so it stays normalised). Gates sit on middle qubits, away from the cheap
 * cache-local low qubits and the page-strided high ones. {@code h1qScalar} and {@code dense2qScalar}
 * are the same gates on the scalar kernels, for comparison with the JVM's kernel family.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GateBenchmark {

    @Param({"20", "24", "26"})
    public int n;

    private StateVector state;
    private StateOps ops;
    private GateKernel h;
    private GateKernel dense2;
    private GateKernel cx;
    private GateKernel rz;
    private GateKernel hScalar;
    private GateKernel dense2Scalar;

    @Setup(Level.Trial)
    public void setup() {
        state = BenchStates.random(n, 2);
        ops = new StateOps(new ParallelRunner(SimulatorConfig.defaults()));
        int mid = n / 2;
        double s = 1 / Math.sqrt(2);
        h = GateKernels.unitary(n, new int[] {mid}, new double[] {s, 0, s, 0, s, 0, -s, 0}, "h");
        dense2 = GateKernels.unitary(n, new int[] {mid - 1, mid + 1}, TestGates.randomUnitary(2, new Random(3)), "dense 4x4");
        cx = GateKernels.unitary(n, new int[] {mid, mid + 1},
                new double[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0},
                "cx");
        double t = 0.37;
        rz = GateKernels.unitary(n, new int[] {mid}, new double[] {Math.cos(t / 2), -Math.sin(t / 2), 0, 0, 0, 0,
                Math.cos(t / 2), Math.sin(t / 2)}, "rz");
        // the same gates on the scalar kernels, whatever family the JVM chose
        hScalar = GateKernels.controlled(n, new int[0], 0, new int[] {mid}, new double[] {s, 0, s, 0, s, 0, -s, 0},
                "h", ScalarKernelFactory.INSTANCE);
        dense2Scalar = GateKernels.controlled(n, new int[0], 0, new int[] {mid - 1, mid + 1},
                TestGates.randomUnitary(2, new Random(3)), "dense 4x4", ScalarKernelFactory.INSTANCE);
        System.out.println("# kernels: " + KernelFamily.active().description());
    }

    @TearDown(Level.Trial)
    public void release() {
        state = null;
    }

    @Benchmark
    public StateVector h1q() {
        ops.apply(state, h);
        return state;
    }

    @Benchmark
    public StateVector dense2q() {
        ops.apply(state, dense2);
        return state;
    }

    @Benchmark
    public StateVector h1qScalar() {
        ops.apply(state, hScalar);
        return state;
    }

    @Benchmark
    public StateVector dense2qScalar() {
        ops.apply(state, dense2Scalar);
        return state;
    }

    @Benchmark
    public StateVector cx2q() {
        ops.apply(state, cx);
        return state;
    }

    @Benchmark
    public StateVector rzDiagonal() {
        ops.apply(state, rz);
        return state;
    }
}
