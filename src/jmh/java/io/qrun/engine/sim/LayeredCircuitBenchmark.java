package io.qrun.engine.sim;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.Expr;
import io.qrun.engine.circuit.Instruction;
import io.qrun.engine.compile.CircuitCompiler;
import io.qrun.engine.compile.CompileOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The "layered" circuit bench/layered_vs_numpy.py also simulates with numpy: per layer l, h on
 * every qubit, rz(0.1 (q + 1)) on every qubit q, then cx on the pairs (2k + l % 2, 2k + 1 + l % 2).
 * Compiled by {@link CircuitCompiler} with its defaults (fused) and with fusion off, run through
 * {@link Simulator#finalState}. The setup prints the |0...0> amplitude for the script to compare.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class LayeredCircuitBenchmark {

    @Param({"22"})
    public int n;

    @Param({"4"})
    public int layers;

    private Simulator simulator;
    private Program fused;
    private Program unfused;

    @Setup
    public void setup() {
        simulator = new Simulator(SimulatorConfig.defaults());
        Circuit circuit = circuit(n, layers);
        fused = new CircuitCompiler(CompileOptions.defaults()).compile(circuit, new double[0]).program();
        unfused = new CircuitCompiler(CompileOptions.defaults().withFuse(false)).compile(circuit, new double[0]).program();
        StateVector s = simulator.finalState(fused);
        System.out.println("# ops: fused " + fused.ops().size() + ", unfused " + unfused.ops().size());
        System.out.println("# amp0 " + s.re(0) + " " + s.im(0));
        System.out.println("# kernels: " + KernelFamily.active().description());
    }

    static Circuit circuit(int n, int layers) {
        List<Instruction> instructions = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            for (int q = 0; q < n; q++) {
                instructions.add(new Instruction.GateCall("h", List.of(), new int[] {q}, List.of(), 1));
            }
            for (int q = 0; q < n; q++) {
                instructions.add(new Instruction.GateCall("rz", List.of(Expr.constant(0.1 * (q + 1))), new int[] {q},
                        List.of(), 1));
            }
            for (int q = l % 2; q + 1 < n; q += 2) {
                instructions.add(new Instruction.GateCall("cx", List.of(), new int[] {q, q + 1}, List.of(), 1));
            }
        }
        return new Circuit(n, false, List.of(), 0, List.of(), Map.of(), instructions);
    }

    @Benchmark
    public StateVector fused() {
        return simulator.finalState(fused);
    }

    @Benchmark
    public StateVector unfused() {
        return simulator.finalState(unfused);
    }
}
