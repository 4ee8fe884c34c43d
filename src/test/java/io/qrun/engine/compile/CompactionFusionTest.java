package io.qrun.engine.compile;

import static io.qrun.engine.compile.Circuits.circuit;
import static io.qrun.engine.compile.Circuits.g;
import static io.qrun.engine.compile.Circuits.measure;
import static io.qrun.engine.compile.Circuits.p;
import static io.qrun.engine.compile.Dense.assertClose;
import static io.qrun.engine.compile.Dense.embed;
import static io.qrun.engine.compile.Dense.mul;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.ClassicalRegister;
import io.qrun.engine.circuit.Expr;
import io.qrun.engine.circuit.Instruction;
import io.qrun.engine.circuit.Modifier;
import io.qrun.engine.circuit.StandardGate;
import io.qrun.engine.sim.Op;
import io.qrun.engine.sim.Program;
import io.qrun.engine.sim.TooManyQubitsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Qubit compaction, the qubit limit, gate fusion and the dynamic flag. */
class CompactionFusionTest {

    private static final CompileOptions UNFUSED = CompileOptions.defaults().withFuse(false);

    private static double[] m(StandardGate gate, double... params) {
        return GateMatrices.matrix(gate, params);
    }

    private static Circuit physical(int numQubits, int numClbits, Instruction... instructions) {
        return new Circuit(numQubits, true, List.of(), numClbits, List.of(), Map.of(), List.of(instructions));
    }

    @Test
    void onlyTouchedQubitsAreSimulated() {
        // $40 $41 $42 of a 127-qubit backend: a 3-qubit program; barrier and delay alone do not count
        Circuit c = physical(51, 0, g("h", 40), g("cx", 40, 41), g("cx", 41, 42),
                new Instruction.Barrier(new int[] {40, 41, 42, 50}, 1),
                new Instruction.Delay(100, "ns", new int[] {45}, 1));
        CompiledCircuit compiled = new CircuitCompiler(UNFUSED).compile(c, p());
        assertArrayEquals(new int[] {40, 41, 42}, compiled.circuitQubits());
        assertEquals(3, compiled.program().numQubits());
        double[] expected = mul(embed(m(StandardGate.CX), new int[] {1, 2}, 3),
                mul(embed(m(StandardGate.CX), new int[] {0, 1}, 3), embed(m(StandardGate.H), new int[] {0}, 3)));
        assertClose(expected, Dense.unitary(compiled.program()));
    }

    @Test
    void measurementsAndResetsTouchTheirQubits() {
        Circuit c = physical(8, 2, g("x", 7), measure(3, 0), new Instruction.Reset(5, 1), measure(7, 1));
        CompiledCircuit compiled = new CircuitCompiler(UNFUSED).compile(c, p());
        assertArrayEquals(new int[] {3, 5, 7}, compiled.circuitQubits());
        List<Op> ops = compiled.program().ops();
        assertEquals(new Op.Measure(0, 0, 0, 0), ops.get(1));
        assertEquals(new Op.Reset(1), ops.get(2));
        assertEquals(new Op.Measure(2, 1, 0, 0), ops.get(3));
    }

    @Test
    void tooManyQubitsFailsBeforeAllocating() {
        Instruction[] gates = new Instruction[30];
        for (int i = 0; i < 30; i++) {
            gates[i] = g("h", i * 1000);
        }
        Circuit c = physical(29001, 0, gates);
        TooManyQubitsException e = assertThrows(TooManyQubitsException.class,
                () -> new CircuitCompiler(CompileOptions.defaults()).compile(c, p()));
        assertEquals(30, e.requested());
        assertEquals(28, e.max());
        assertEquals("The circuit needs 30 qubits; this server simulates at most 28 (qrun.engine.max-qubits)",
                e.getMessage());
        // a large physical index alone is fine
        CompiledCircuit one = new CircuitCompiler(CompileOptions.defaults()).compile(
                physical(2_000_000_001, 0, g("x", 2_000_000_000)), p());
        assertArrayEquals(new int[] {2_000_000_000}, one.circuitQubits());
        assertEquals(3, new CircuitCompiler(CompileOptions.defaults().withMaxQubits(3))
                .compile(physical(3, 0, g("ccx", 0, 1, 2)), p()).program().numQubits());
        assertThrows(TooManyQubitsException.class, () -> new CircuitCompiler(CompileOptions.defaults().withMaxQubits(2))
                .compile(physical(3, 0, g("ccx", 0, 1, 2)), p()));
    }

    private static final String[] ONE = {"h", "x", "y", "z", "s", "sdg", "t", "tdg", "sx", "sxdg", "id"};
    private static final String[] ONE_P = {"rx", "ry", "rz", "p", "u1"};
    private static final String[] TWO = {"cx", "cy", "cz", "ch", "swap", "ecr", "iswap", "dcx", "cs", "csx"};
    private static final String[] TWO_P = {"crx", "cry", "crz", "cp", "rxx", "ryy", "rzz", "rzx"};
    private static final String[] THREE = {"ccx", "cswap", "rccx"};

    /** A random circuit of 1-, 2-, 3- and 4-qubit gates, some modified, some global phases. */
    static Circuit randomCircuit(Random rnd, int n, int length) {
        List<Instruction> ins = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            int kind = rnd.nextInt(12);
            int[] q = distinct(rnd, n, kind < 5 ? 1 : kind < 9 ? 2 : kind < 11 ? 3 : Math.min(4, n));
            if (kind < 3) {
                ins.add(g(ONE[rnd.nextInt(ONE.length)], q));
            } else if (kind < 5) {
                ins.add(g(ONE_P[rnd.nextInt(ONE_P.length)], p(angle(rnd)), q));
            } else if (kind < 7) {
                ins.add(g(TWO[rnd.nextInt(TWO.length)], q));
            } else if (kind < 8) {
                ins.add(g(TWO_P[rnd.nextInt(TWO_P.length)], p(angle(rnd)), q));
            } else if (kind < 9) {
                ins.add(g("u", List.of(Expr.constant(angle(rnd)), Expr.constant(angle(rnd)), Expr.constant(angle(rnd))),
                        List.of(new Modifier.Ctrl(1, rnd.nextBoolean())), q));
            } else if (kind < 11) {
                ins.add(g(THREE[rnd.nextInt(THREE.length)], q));
            } else if (q.length == 4) {
                ins.add(g("c3sqrtx", q));
            } else {
                ins.add(g("gphase", p(angle(rnd))));
            }
        }
        return circuit(n, ins.toArray(Instruction[]::new));
    }

    private static double angle(Random rnd) {
        return (rnd.nextDouble() - 0.5) * 4 * Math.PI;
    }

    private static int[] distinct(Random rnd, int n, int k) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        java.util.Collections.shuffle(all, rnd);
        return all.subList(0, k).stream().mapToInt(Integer::intValue).toArray();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void fusedProgramsAreExactlyEquivalent(int maxFused) {
        Random rnd = new Random(1234 + maxFused);
        CircuitCompiler unfused = new CircuitCompiler(UNFUSED);
        CircuitCompiler fused = new CircuitCompiler(CompileOptions.defaults().withMaxFusedQubits(maxFused));
        double fusedCost = 0, unfusedCost = 0;
        for (int trial = 0; trial < 8; trial++) {
            Circuit c = randomCircuit(rnd, 5, 40);
            Program a = unfused.compile(c, p()).program();
            Program b = fused.compile(c, p()).program();
            assertClose(Dense.unitary(a), Dense.unitary(b));
            double ca = cost(a.ops()), cb = cost(b.ops());
            assertTrue(cb <= ca + 1e-9, "fusion made a program costlier: " + cb + " > " + ca);
            for (Op op : b.ops()) {
                if (op instanceof Op.Unitary u && u.qubits().length > maxFused) {
                    // only a gate that is itself that large may exceed the block size
                    assertTrue(a.ops().stream().anyMatch(o -> o instanceof Op.Unitary x
                            && x.qubits().length == u.qubits().length), "block too large: " + u.qubits().length);
                }
            }
            fusedCost += cb;
            unfusedCost += ca;
        }
        assertTrue(fusedCost < unfusedCost, "fusion saved nothing: " + fusedCost + " vs " + unfusedCost);
    }

    @Test
    void fusionHalvesTheOneQubitPassesOfHardwareStyleLayers() {
        // rz sx rz on every qubit, then cx on alternating pairs: each rz-sx-rz run becomes one pass
        Random rnd = new Random(5);
        List<Instruction> ins = new ArrayList<>();
        for (int layer = 0; layer < 6; layer++) {
            for (int q = 0; q < 5; q++) {
                ins.add(g("rz", p(rnd.nextDouble()), q));
                ins.add(g("sx", q));
                ins.add(g("rz", p(rnd.nextDouble()), q));
            }
            for (int q = layer % 2; q + 1 < 5; q += 2) {
                ins.add(g("cx", q, q + 1));
            }
        }
        Circuit c = circuit(5, ins.toArray(Instruction[]::new));
        Program a = new CircuitCompiler(UNFUSED).compile(c, p()).program();
        Program b = new CircuitCompiler(CompileOptions.defaults()).compile(c, p()).program();
        assertClose(Dense.unitary(a), Dense.unitary(b));
        // unfused: 90 one-qubit gates (60 rz at 0.8, 30 sx at 1: cost 78) + 12 cx (0.375 each: 4.5).
        // fused (default blocks of at most 2 qubits): the one-qubit runs and the cx are absorbed into
        // dense 2-qubit blocks: 15 passes costing 18.75 (a regression bound for the greedy fuser).
        assertEquals(82.5, cost(a.ops()), 1e-9);
        assertEquals(18.75, cost(b.ops()), 1e-9);
        assertEquals(15, b.ops().size());
    }

    private static double cost(List<Op> ops) {
        return ops.stream().mapToDouble(FusionCostModel::of).sum();
    }

    @Test
    void fusionMergesIndependentRunsOnDisjointQubits() {
        // two interleaved 2-qubit runs on {0,1} and {2,3}, each worth fusing (about 5 one-qubit passes > 1.5)
        List<Instruction> ins = new ArrayList<>();
        for (int pair = 0; pair < 2; pair++) {
            for (int q = 0; q < 4; q += 2) {
                ins.add(g("h", q));
                ins.add(g("sx", q + 1));
                ins.add(g("cx", q, q + 1));
                ins.add(g("h", q + 1));
            }
        }
        Circuit c = circuit(4, ins.toArray(Instruction[]::new));
        List<Op> ops = new CircuitCompiler(CompileOptions.defaults().withMaxFusedQubits(2)).compile(c, p())
                .program().ops();
        assertEquals(2, ops.size(), kinds(ops).toString());
        assertArrayEquals(new int[] {0, 1}, ((Op.Unitary) ops.get(0)).qubits());
        assertArrayEquals(new int[] {2, 3}, ((Op.Unitary) ops.get(1)).qubits());
        assertClose(Dense.unitary(new CircuitCompiler(UNFUSED).compile(c, p()).program()), Dense.unitary(ops, 4));
    }

    @Test
    void blocksThatWouldCostMoreStayUnfused() {
        // h q0; cp q0,q1; cp q0,q2 (a QFT step): a dense 3-qubit block costs more than the cheap
        // controlled-diagonal passes, so only ops are emitted as they are
        Circuit qftStep = circuit(3, g("h", 0), g("cp", p(Math.PI / 2), 1, 0), g("cp", p(Math.PI / 4), 2, 0));
        assertEquals(List.of("Unitary", "ControlledUnitary", "ControlledUnitary"),
                kinds(new CircuitCompiler(CompileOptions.defaults()).compile(qftStep, p()).program().ops()));
        // rz sx rz on each qubit of a cx: one dense 2-qubit pass (1.5) is cheaper than two fused
        // one-qubit passes and the cx (1 + 1 + 0.375), so the whole layer becomes one block
        Circuit layer = circuit(2, g("rz", p(0.1), 0), g("sx", 0), g("rz", p(0.2), 0), g("rz", p(0.3), 1),
                g("sx", 1), g("rz", p(0.4), 1), g("cx", 0, 1));
        List<Op> ops = new CircuitCompiler(CompileOptions.defaults()).compile(layer, p()).program().ops();
        assertEquals(List.of("Unitary"), kinds(ops));
        assertClose(Dense.unitary(new CircuitCompiler(UNFUSED).compile(layer, p()).program()), Dense.unitary(ops, 2));
        // diagonal gates fuse into a diagonal block (the simulator's cheapest kernel)
        List<Op> diag = new CircuitCompiler(CompileOptions.defaults())
                .compile(circuit(1, g("rz", p(0.1), 0), g("t", 0), g("s", 0)), p()).program().ops();
        assertEquals(1, diag.size());
        assertTrue(Matrices.isDiagonal(((Op.Unitary) diag.get(0)).matrix()));
    }

    @Test
    void fusionStopsAtBarriersMeasurementsAndConditionals() {
        CircuitCompiler fused = new CircuitCompiler(CompileOptions.defaults());
        assertEquals(1, fused.compile(circuit(1, g("h", 0), g("t", 0)), p()).program().ops().size());
        Circuit barrier = circuit(1, g("h", 0), new Instruction.Barrier(new int[] {0}, 1), g("t", 0));
        assertEquals(List.of("Unitary", "Unitary"), kinds(fused.compile(barrier, p()).program().ops()));
        // a barrier on another qubit does not split the block on qubit 0
        Circuit other = circuit(2, g("h", 0), g("x", 1), new Instruction.Barrier(new int[] {1}, 1), g("t", 0));
        assertEquals(2, fused.compile(other, p()).program().ops().size());
        Circuit measured = circuit(1, 1, g("h", 0), measure(0, 0), g("t", 0));
        assertEquals(List.of("Unitary", "Measure", "Unitary"), kinds(fused.compile(measured, p()).program().ops()));
        Instruction.IfElse ifElse = new Instruction.IfElse(new Instruction.Condition(new int[] {0}, 1),
                List.of(g("x", 1), g("h", 1)), List.of(), 1);
        Circuit conditional = circuit(2, 1, g("h", 1), measure(0, 0), ifElse, g("h", 1));
        List<Op> ops = fused.compile(conditional, p()).program().ops();
        assertEquals(List.of("Measure", "Unitary", "Conditional", "Unitary"), kinds(ops));
        Op.Conditional cond = (Op.Conditional) ops.get(2);
        assertArrayEquals(new int[] {0}, cond.clbits());
        assertEquals(1, cond.value());
        // inside the body, x then h fused into one block: h.x
        assertEquals(1, cond.thenOps().size());
        assertClose(mul(m(StandardGate.H), m(StandardGate.X)), ((Op.Unitary) cond.thenOps().get(0)).matrix());
        assertEquals(List.of(), cond.elseOps());
    }

    @Test
    void globalPhasesFoldIntoTheFirstDenseBlock() {
        Circuit c = circuit(1, g("gphase", p(0.3)), g("h", 0), g("gphase", p(0.4)));
        List<Op> ops = new CircuitCompiler(CompileOptions.defaults()).compile(c, p()).program().ops();
        assertEquals(1, ops.size());
        assertClose(Dense.scale(m(StandardGate.H), Math.cos(0.7), Math.sin(0.7)), ((Op.Unitary) ops.get(0)).matrix());
        // with only controlled ops the phase stays a GlobalPhase op
        List<Op> cx = new CircuitCompiler(CompileOptions.defaults())
                .compile(circuit(2, g("gphase", p(0.3)), g("cx", 0, 1)), p()).program().ops();
        assertEquals(List.of("GlobalPhase", "ControlledUnitary"), kinds(cx));
    }

    private static List<String> kinds(List<Op> ops) {
        return ops.stream().map(o -> o.getClass().getSimpleName()).toList();
    }

    @Test
    void dynamicWhenOneStateCannotServeEveryShot() {
        CircuitCompiler cc = new CircuitCompiler(CompileOptions.defaults());
        assertFalse(cc.compile(circuit(2, 2, g("h", 0), g("cx", 0, 1), measure(0, 0), measure(1, 1)), p())
                .program().dynamic(), "terminal measurements");
        assertFalse(cc.compile(circuit(2, 1, g("h", 0), measure(0, 0), g("x", 1)), p()).program().dynamic(),
                "a gate on another qubit after a measurement");
        assertTrue(cc.compile(circuit(1, 1, g("h", 0), measure(0, 0), g("x", 0)), p()).program().dynamic(),
                "a gate on the measured qubit");
        assertTrue(cc.compile(circuit(1, 2, g("h", 0), measure(0, 0), measure(0, 1)), p()).program().dynamic(),
                "measured twice");
        assertTrue(cc.compile(circuit(1, 1, new Instruction.Reset(0, 1), g("h", 0), measure(0, 0)), p())
                .program().dynamic(), "a reset");
        Instruction.IfElse ifElse = new Instruction.IfElse(new Instruction.Condition(new int[] {0}, 1),
                List.of(g("x", 1)), List.of(), 1);
        assertTrue(cc.compile(circuit(2, 1, measure(0, 0), ifElse), p()).program().dynamic(), "a conditional");
    }

    @Test
    void badClassicalBitsAndDelaysAreClearErrors() {
        CircuitCompiler cc = new CircuitCompiler(CompileOptions.defaults());
        assertEquals("line 1: bit 3 does not exist; the circuit has 2 classical bit(s)",
                assertThrows(CompileException.class, () -> cc.compile(circuit(1, 2, measure(0, 3)), p())).getMessage());
        Circuit dt = circuit(1, g("x", 0), new Instruction.Delay(100, "dt", new int[] {0}, 4));
        assertEquals("line 4: delay in dt needs the backend's dt and this backend has none; give the delay in ns, us,"
                + " ms or s", assertThrows(CompileException.class, () -> cc.compile(dt, p())).getMessage());
    }
}
