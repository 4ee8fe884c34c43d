package io.qrun.engine.sim;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.Expr;
import io.qrun.engine.circuit.Instruction;
import io.qrun.engine.compile.CircuitCompiler;
import io.qrun.engine.compile.CompileOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * A 20-layer random circuit at n = 24 (a random u(theta, phi, lambda) on every qubit, then cx on
 * alternating pairs), compiled by {@link CircuitCompiler} with fusion off and on (its default
 * block width and cost model), and with every one-qubit gate absorbed by hand into the next cx
 * ({@link HandFusion}), run through the public {@link Simulator#finalState} (which also allocates
 * the state). One measured shot each: an unfused run takes tens of seconds on a loaded machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class CircuitBenchmark {

    @Param({"24"})
    public int n;

    @Param({"20"})
    public int layers;

    private Simulator simulator;
    private Program unfused;
    private Program fused;
    private Program fusedTwoQubitBlocks;
    private Program absorbed;

    @Setup
    public void setup() {
        simulator = new Simulator(SimulatorConfig.defaults());
        Circuit circuit = layeredCircuit(n, layers, 7);
        unfused = new CircuitCompiler(CompileOptions.defaults().withFuse(false)).compile(circuit, new double[0]).program();
        fused = new CircuitCompiler(CompileOptions.defaults()).compile(circuit, new double[0]).program();
        fusedTwoQubitBlocks = new CircuitCompiler(CompileOptions.defaults().withMaxFusedQubits(2))
                .compile(circuit, new double[0]).program();
        absorbed = new Program(n, 0, HandFusion.absorbSingleQubitGatesIntoTwoQubitGates(n, unfused.ops()), false);
        System.out.println("# ops: unfused " + unfused.ops().size() + ", fused " + fused.ops().size()
                + ", fused in 2-qubit blocks " + fusedTwoQubitBlocks.ops().size()
                + ", one-qubit gates absorbed into cx " + absorbed.ops().size());
    }

    static Circuit layeredCircuit(int n, int layers, long seed) {
        Random rnd = new Random(seed);
        List<Instruction> instructions = new ArrayList<>();
        for (int layer = 0; layer < layers; layer++) {
            for (int q = 0; q < n; q++) {
                List<Expr> angles = List.of(Expr.constant(rnd.nextDouble() * 3.2), Expr.constant(rnd.nextDouble() * 6.3),
                        Expr.constant(rnd.nextDouble() * 6.3));
                instructions.add(new Instruction.GateCall("u", angles, new int[] {q}, List.of(), 1));
            }
            for (int q = layer & 1; q + 1 < n; q += 2) {
                instructions.add(new Instruction.GateCall("cx", List.of(), new int[] {q, q + 1}, List.of(), 1));
            }
        }
        return new Circuit(n, false, List.of(), 0, List.of(), Map.of(), instructions);
    }

    @Benchmark
    public StateVector unfused() {
        return simulator.finalState(unfused);
    }

    @Benchmark
    public StateVector fused() {
        return simulator.finalState(fused);
    }

    /** The compiler's fusion with blocks of at most 2 qubits. */
    @Benchmark
    public StateVector fusedTwoQubitBlocks() {
        return simulator.finalState(fusedTwoQubitBlocks);
    }

    /** What fusing for these kernels could give: every u absorbed into the next cx on its qubit. */
    @Benchmark
    public StateVector oneQubitGatesAbsorbedIntoCx() {
        return simulator.finalState(absorbed);
    }
}
