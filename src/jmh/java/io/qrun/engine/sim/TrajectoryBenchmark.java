package io.qrun.engine.sim;

import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * A noisy backend's workload: with a noise model every program is dynamic, so each shot is its
 * own trajectory. 12 qubits, 10 layers of the random circuit with depolarizing noise after every
 * gate and thermal relaxation after every layer, readout errors, 1,000 shots.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class TrajectoryBenchmark {

    @Param({"12"})
    public int n;

    @Param({"1000"})
    public int shots;

    private Simulator simulator;
    private Program noisy;

    @Setup
    public void setup() {
        simulator = new Simulator(SimulatorConfig.defaults());
        List<Op> ops = new ArrayList<>();
        for (Op op : RandomCircuits.layered(n, 10, 3)) {
            ops.add(op);
            ops.add(new Op.Depolarizing(((Op.Unitary) op).qubits(), 0.002));
        }
        for (int q = 0; q < n; q++) {
            ops.add(new Op.ThermalRelaxation(q, 100e-6, 80e-6, 1e-6));
            ops.add(new Op.Measure(q, q, 0.01, 0.02));
        }
        noisy = new Program(n, n, ops, true);
    }

    @Benchmark
    public Shots noisyShots() {
        return simulator.sample(noisy, shots, new SplittableRandom(1));
    }
}
