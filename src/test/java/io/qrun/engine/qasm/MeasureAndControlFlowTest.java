package io.qrun.engine.qasm;

import static io.qrun.engine.qasm.Qasm.assertError;
import static io.qrun.engine.qasm.Qasm.gate;
import static io.qrun.engine.qasm.Qasm.parse;
import static io.qrun.engine.qasm.Qasm.parse3;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.Instruction;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureAndControlFlowTest {

    private static Instruction.IfElse ifAt(Circuit c, int index) {
        return assertInstanceOf(Instruction.IfElse.class, c.instructions().get(index));
    }

    @Test
    void measurementForms() {
        Circuit c = parse3("bit[2] c;\nbit[2] d;\nqubit[2] q;\nc[1] = measure q[0];\nd = measure q;\nmeasure q -> c;\n"
                + "measure q[1] -> d[0];");
        assertEquals(List.of(
                new Instruction.Measure(0, 1, 6),
                new Instruction.Measure(0, 2, 7),
                new Instruction.Measure(1, 3, 7),
                new Instruction.Measure(0, 0, 8),
                new Instruction.Measure(1, 1, 8),
                new Instruction.Measure(1, 2, 9)), c.instructions());
    }

    @Test
    void measureIntoScalarBitAndFromPhysicalQubit() {
        Circuit c = parse3("bit _bit0;\n_bit0 = measure $3;");
        assertEquals(List.of(new Instruction.Measure(3, 0, 4)), c.instructions());
    }

    @Test
    void measureSizesMustMatch() {
        assertError("bit[3] c;\nqubit[2] q;\nc = measure q;", 3, 5, "measure needs as many bits as qubits: 'q' has 2 qubits, 'c' has 3 bits");
    }

    @Test
    void measureWithoutTargetIsRejectedByName() {
        assertError("qubit q;\nmeasure q;", 2, 1, "measurements without a target bit");
    }

    @Test
    void classicalAssignmentsAreRejected() {
        assertError("bit c;\nc = 1;", 2, 5, "classical assignments other than '= measure' are not supported by Qrun");
        assertError("bit[2] c;\nc[0] += 1;", 2, 6, "classical assignments ('+=') are not supported by Qrun");
    }

    @Test
    void resetOfQubitAndRegister() {
        Circuit c = parse3("qubit[2] q;\nreset q[1];\nreset q;");
        assertEquals(List.of(new Instruction.Reset(1, 4), new Instruction.Reset(0, 5), new Instruction.Reset(1, 5)),
                c.instructions());
    }

    @Test
    void barrierForms() {
        Circuit c = parse3("qubit[2] q;\nqubit r;\nbarrier;\nbarrier q;\nbarrier q[0], r;\nbarrier q, q[1];");
        int[][] expected = {{0, 1, 2}, {0, 1}, {0, 2}, {0, 1}};
        for (int i = 0; i < expected.length; i++) {
            Instruction.Barrier b = assertInstanceOf(Instruction.Barrier.class, c.instructions().get(i));
            assertArrayEquals(expected[i], b.qubits());
        }
    }

    @Test
    void delayWithEveryUnit() {
        Circuit c = parse3("qubit[2] q;\ndelay[100ns] q[0];\ndelay[1.5us] q;\ndelay[2µs] q[1];\ndelay[3ms] q[0];\n"
                + "delay[1e-6s] q[0];\ndelay[160dt] q[1];\ndelay[100.0ms];");
        String[] units = {"ns", "us", "µs", "ms", "s", "dt", "ms"};
        double[] durations = {100, 1.5, 2, 3, 1e-6, 160, 100};
        int[][] qubits = {{0}, {0, 1}, {1}, {0}, {0}, {1}, {0, 1}};
        for (int i = 0; i < units.length; i++) {
            Instruction.Delay d = assertInstanceOf(Instruction.Delay.class, c.instructions().get(i));
            assertEquals(units[i], d.unit());
            assertEquals(durations[i], d.duration(), 0.0);
            assertArrayEquals(qubits[i], d.qubits());
        }
    }

    @Test
    void delayNeedsAUnitAndALiteral() {
        assertError("qubit q;\ndelay[100] q;", 2, 7, "the delay 100 needs a time unit");
        assertError("qubit q;\ndelay[t] q;", 2, 7, "delay durations other than a literal like 100ns");
    }

    @Test
    void ifOnSingleBit() {
        Circuit c = parse3("bit[2] c;\nqubit q;\nif (c[1]) { x q; }\nif (!c[0]) { z q; }\nif (c[0] == 1) y q;\n"
                + "if (c[1] == false) h q;");
        Instruction.IfElse first = ifAt(c, 0);
        assertArrayEquals(new int[] {1}, first.condition().clbits());
        assertEquals(1, first.condition().value());
        assertEquals("x", assertInstanceOf(Instruction.GateCall.class, first.thenBody().get(0)).name());
        assertEquals(List.of(), first.elseBody());
        assertEquals(0, ifAt(c, 1).condition().value());
        assertArrayEquals(new int[] {0}, ifAt(c, 1).condition().clbits());
        assertEquals(1, ifAt(c, 2).condition().value());
        assertEquals("y", assertInstanceOf(Instruction.GateCall.class, ifAt(c, 2).thenBody().get(0)).name());
        assertEquals(0, ifAt(c, 3).condition().value());
    }

    @Test
    void ifOnRegisterWithElse() {
        Circuit c = parse3("bit[2] a;\nbit[3] c;\nqubit[2] q;\nif (c == 3) {\n  x q[0];\n  h q[1];\n} else {\n  z q[1];\n}");
        Instruction.IfElse i = ifAt(c, 0);
        assertArrayEquals(new int[] {2, 3, 4}, i.condition().clbits());
        assertEquals(3, i.condition().value());
        assertEquals(2, i.thenBody().size());
        assertEquals(1, i.elseBody().size());
        assertEquals(6, i.line()); // two header lines come first
    }

    @Test
    void notEqualSwapsTheBranches() {
        Circuit c = parse3("bit[2] c;\nqubit q;\nif (c != 2) { x q; } else { z q; }\nif (c) { h q; }");
        Instruction.IfElse i = ifAt(c, 0);
        assertEquals(2, i.condition().value());
        assertEquals("z", ((Instruction.GateCall) i.thenBody().get(0)).name());
        assertEquals("x", ((Instruction.GateCall) i.elseBody().get(0)).name());
        Instruction.IfElse truthy = ifAt(c, 1);
        assertEquals(0, truthy.condition().value());
        assertEquals(List.of(), truthy.thenBody());
        assertEquals("h", ((Instruction.GateCall) truthy.elseBody().get(0)).name());
    }

    @Test
    void nestedIfsAndElseIfChains() {
        Circuit c = parse3("bit[2] cr;\nqubit[2] qr;\nif (cr == 0) {\n  if (!cr[0]) {\n    cr[0] = measure qr[0];\n"
                + "  } else {\n    cr[1] = measure qr[1];\n  }\n} else if (cr[0]) {\n  cr[1] = measure qr[1];\n} else {\n"
                + "  cr[0] = measure qr[0];\n}");
        Instruction.IfElse outer = ifAt(c, 0);
        Instruction.IfElse inner = assertInstanceOf(Instruction.IfElse.class, outer.thenBody().get(0));
        assertEquals(List.of(new Instruction.Measure(0, 0, 7)), inner.thenBody());
        assertEquals(List.of(new Instruction.Measure(1, 1, 9)), inner.elseBody());
        Instruction.IfElse elseIf = assertInstanceOf(Instruction.IfElse.class, outer.elseBody().get(0));
        assertArrayEquals(new int[] {0}, elseIf.condition().clbits());
        assertEquals(List.of(new Instruction.Measure(0, 0, 14)), elseIf.elseBody());
    }

    @Test
    void openQasm2StyleConditionWithoutBraces() {
        Circuit c = parse("OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[1];\ncreg c[2];\nif(c==1) x q[0];");
        Instruction.IfElse i = ifAt(c, 0);
        assertArrayEquals(new int[] {0, 1}, i.condition().clbits());
        assertEquals(1, i.condition().value());
        assertEquals("x", ((Instruction.GateCall) i.thenBody().get(0)).name());
    }

    @Test
    void conditionValueMustFitTheRegister() {
        assertError("bit[2] c;\nqubit q;\nif (c == 4) x q;", 3, 10, "the value 4 does not fit in 'c' (2 bits)");
    }

    @Test
    void conditionsUpTo63Bits() {
        Circuit c = parse3("bit[63] c;\nqubit q;\nif (c == 9223372036854775807) x q;");
        assertEquals(Long.MAX_VALUE, ifAt(c, 0).condition().value());
        assertEquals(63, ifAt(c, 0).condition().clbits().length);
        assertError("bit[64] c;\nqubit q;\nif (c == 1) x q;", 3, 5, "conditions on more than 63 bits are not supported");
    }

    @Test
    void compoundConditionsAreRejectedByName() {
        assertError("bit[2] c;\nqubit q;\nif (c[0] && c[1]) x q;", 3, 10,
                "conditions other than a bit or register compared with an integer ('&&') are not supported by Qrun");
        assertError("bit[2] c;\nqubit q;\nif (c == 1 == 1) x q;", 3, 12, "('==') are not supported by Qrun");
    }

    @Test
    void conditionMustNameBits() {
        assertError("bit c;\nqubit q;\nif (q) x q;", 3, 5, "'q' is a qubit register, not classical bits");
    }

    @Test
    void unterminatedIfBlockPointsAtItsBrace() {
        assertError("bit c;\nqubit q;\nif (c) {\n  x q;\n", 3, 8, "unterminated block: this '{' has no closing '}'");
    }

    @Test
    void elseWithoutIf() {
        assertError("qubit q;\nelse { x q; }", 2, 1, "'else' without a matching 'if'");
    }

    @Test
    void gateCallsInsideIfBroadcast() {
        Circuit c = parse3("bit c;\nqubit[2] q;\nif (c) { h q; }");
        Instruction.IfElse i = ifAt(c, 0);
        assertEquals(2, i.thenBody().size());
        assertArrayEquals(new int[] {1}, ((Instruction.GateCall) i.thenBody().get(1)).qubits());
        assertEquals("h", gate(parse3("qubit q;\nh q;"), 0).name());
    }
}
