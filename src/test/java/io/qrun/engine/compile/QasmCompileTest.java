package io.qrun.engine.compile;

import static io.qrun.engine.compile.Dense.assertClose;
import static io.qrun.engine.compile.Dense.embed;
import static io.qrun.engine.compile.Dense.mul;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.StandardGate;
import io.qrun.engine.qasm.QasmParser;
import io.qrun.engine.sim.Op;
import io.qrun.engine.sim.Program;
import io.qrun.engine.target.IsaChecker;
import io.qrun.engine.target.IsaViolationException;
import io.qrun.engine.target.Target;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The compiler on circuits written as OpenQASM text, parsed by the parser branch's QasmParser. */
class QasmCompileTest {

    private static final CompileOptions UNFUSED = CompileOptions.defaults().withFuse(false);

    private static Circuit parse(String qasm) {
        return new QasmParser().parse(qasm);
    }

    private static double[] m(StandardGate gate, double... params) {
        return GateMatrices.matrix(gate, params);
    }

    /** The unitary part of a program (its measurements dropped: they are all terminal here). */
    private static double[] unitary(Program p) {
        return Dense.unitary(p.ops().stream().filter(o -> !(o instanceof Op.Measure)).toList(), p.numQubits());
    }

    @Test
    void aQiskitExportedParameterizedCircuit() {
        Circuit c = parse("""
                OPENQASM 3.0;
                include "stdgates.inc";
                input float[64] theta;
                gate rzz(p0) _gate_q_0, _gate_q_1 {
                  cx _gate_q_0, _gate_q_1;
                  rz(p0) _gate_q_1;
                  cx _gate_q_0, _gate_q_1;
                }
                bit[2] c;
                qubit[2] q;
                h q[0];
                rzz(theta) q[0], q[1];
                c[0] = measure q[0];
                c[1] = measure q[1];
                """);
        for (CompileOptions o : List.of(UNFUSED, CompileOptions.defaults())) {
            Program p = new CircuitCompiler(o).compile(c, new double[] {0.6}).program();
            double[] expected = mul(m(StandardGate.RZZ, 0.6), embed(m(StandardGate.H), new int[] {0}, 2));
            assertClose(expected, unitary(p));
            assertFalse(p.dynamic());
            assertEquals(2, p.numClbits());
        }
    }

    @Test
    void modifiersWrittenInText() {
        Circuit c = parse("""
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[3] q;
                ctrl @ x q[0], q[1];
                negctrl @ inv @ s q[2], q[0];
                pow(0.5) @ x q[2];
                ctrl(2) @ gphase(pi/3) q[0], q[1];
                """);
        double[] u = embed(m(StandardGate.CX), new int[] {0, 1}, 3);
        u = mul(Dense.embedControlled(new int[] {2}, 0, new int[] {0}, m(StandardGate.SDG), 3), u);
        u = mul(embed(m(StandardGate.SX), new int[] {2}, 3), u);
        u = mul(embed(m(StandardGate.CP, Math.PI / 3), new int[] {0, 1}, 3), u);
        assertClose(u, unitary(new CircuitCompiler(UNFUSED).compile(c, new double[0]).program()));
        assertClose(u, unitary(new CircuitCompiler(CompileOptions.defaults()).compile(c, new double[0]).program()));
    }

    @Test
    void physicalQubitsAreCompacted() {
        Circuit c = parse("""
                OPENQASM 3.0;
                include "stdgates.inc";
                bit[3] c;
                h $40;
                cx $40, $41;
                cx $41, $42;
                barrier $40, $41, $42, $50;
                c[0] = measure $40;
                c[1] = measure $41;
                c[2] = measure $42;
                """);
        CompiledCircuit cc = new CircuitCompiler(CompileOptions.defaults()).compile(c, new double[0]);
        assertArrayEquals(new int[] {40, 41, 42}, cc.circuitQubits());
        assertEquals(3, cc.program().numQubits());
    }

    @Test
    void openQasm2WithQelib1() {
        Circuit c = parse("""
                OPENQASM 2.0;
                include "qelib1.inc";
                qreg q[2];
                creg c[2];
                u3(0.3, 0.2, 0.1) q[0];
                cu1(0.7) q[0], q[1];
                measure q -> c;
                """);
        double[] u = mul(m(StandardGate.CU1, 0.7), embed(m(StandardGate.U3, 0.3, 0.2, 0.1), new int[] {0}, 2));
        assertClose(u, unitary(new CircuitCompiler(CompileOptions.defaults()).compile(c, new double[0]).program()));
    }

    @Test
    void isaViolationsFromText() {
        Target t = new Target("fake_eagle", 27, Set.of("ecr", "id", "rz", "sx", "x"),
                Set.of(List.of(0, 1), List.of(1, 2)), false, null, 0);
        Circuit c = parse("""
                OPENQASM 3.0;
                include "stdgates.inc";
                cx $0, $5;
                """);
        String message = assertThrows(IsaViolationException.class, () -> IsaChecker.check(c, t)).getMessage();
        assertTrue(message.startsWith("The instruction cx on qubits (0, 5) is not supported by the target"), message);
        Circuit far = parse("""
                OPENQASM 3.0;
                include "stdgates.inc";
                x $30;
                """);
        assertEquals("The circuit uses qubit 30 but backend fake_eagle has 27 qubits",
                assertThrows(IsaViolationException.class, () -> IsaChecker.check(far, t)).getMessage());
    }

    @Test
    void feedForwardIsAConditional() {
        Circuit c = parse("""
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[2] q;
                bit[2] c;
                h q[0];
                c[0] = measure q[0];
                if (c[0]) { x q[1]; } else { h q[1]; }
                c[1] = measure q[1];
                """);
        Program p = new CircuitCompiler(CompileOptions.defaults()).compile(c, new double[0]).program();
        assertTrue(p.dynamic());
        Op.Conditional cond = (Op.Conditional) p.ops().stream().filter(o -> o instanceof Op.Conditional).findFirst()
                .orElseThrow();
        assertArrayEquals(new int[] {0}, cond.clbits());
        assertEquals(1, cond.value());
        assertEquals(1, cond.thenOps().size());
        assertEquals(1, cond.elseOps().size());
    }

    private static String doublingChain(int depth) {
        StringBuilder src = new StringBuilder("OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[1] q;\n");
        src.append("gate g0 a { x a; x a; }\n");
        for (int k = 1; k <= depth; k++) {
            src.append("gate g").append(k).append(" a { g").append(k - 1).append(" a; g").append(k - 1).append(" a; }\n");
        }
        return src.append("g").append(depth).append(" q[0];\n").toString();
    }

    @Test
    void exponentialDefinitionsFailFastInTheParserOrTheCompiler() {
        // 2^41 gates: the parser's own unrolling limit stops it first
        assertThrows(io.qrun.engine.qasm.QasmException.class, () -> parse(doublingChain(40)));
        // 2^20 gates pass the parser; a compile budget below that fails fast with the budget message
        Circuit c = parse(doublingChain(19));
        CompileException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(CompileException.class,
                () -> new CircuitCompiler(CompileOptions.defaults().withMaxOperations(100_000)).compile(c, new double[0])));
        assertTrue(e.getMessage().contains("needs more than 100000 operations (CompileOptions.maxOperations)"),
                e.getMessage());
    }
}
