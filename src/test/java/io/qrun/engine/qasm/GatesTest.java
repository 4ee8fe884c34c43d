package io.qrun.engine.qasm;

import static io.qrun.engine.qasm.Qasm.EXACT;
import static io.qrun.engine.qasm.Qasm.assertError;
import static io.qrun.engine.qasm.Qasm.gate;
import static io.qrun.engine.qasm.Qasm.parse;
import static io.qrun.engine.qasm.Qasm.parse3;
import static io.qrun.engine.qasm.Qasm.value;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.GateDefinition;
import io.qrun.engine.circuit.Instruction;
import io.qrun.engine.circuit.Modifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatesTest {

    @Test
    void gateCallWithArgumentsAndIndexedOperands() {
        Circuit c = parse3("qubit[4] q;\ncu(0.1, 0.2, 0.3, 0.4) q[3], q[0];");
        Instruction.GateCall g = gate(c, 0);
        assertEquals("cu", g.name());
        assertEquals(4, g.arguments().size());
        assertEquals(0.4, value(g.arguments().get(3)), EXACT);
        assertArrayEquals(new int[] {3, 0}, g.qubits());
        assertEquals(List.of(), g.modifiers());
        assertEquals(4, g.line());
    }

    @Test
    void singleRegisterBroadcastsOverEveryQubit() {
        Circuit c = parse3("qubit[3] q;\nh q;");
        assertEquals(3, c.instructions().size());
        for (int i = 0; i < 3; i++) {
            assertEquals("h", gate(c, i).name());
            assertArrayEquals(new int[] {i}, gate(c, i).qubits());
        }
    }

    @Test
    void equalRegistersArePairedAndSingleQubitsRepeat() {
        Circuit c = parse3("qubit[2] a;\nqubit[2] b;\nqubit t;\ncx a, b;\ncx t, b;\nccx a, t, b;");
        assertArrayEquals(new int[] {0, 2}, gate(c, 0).qubits());
        assertArrayEquals(new int[] {1, 3}, gate(c, 1).qubits());
        assertArrayEquals(new int[] {4, 2}, gate(c, 2).qubits());
        assertArrayEquals(new int[] {4, 3}, gate(c, 3).qubits());
        assertArrayEquals(new int[] {0, 4, 2}, gate(c, 4).qubits());
        assertArrayEquals(new int[] {1, 4, 3}, gate(c, 5).qubits());
    }

    @Test
    void slicesAndIndexSetsSelectQubits() {
        Circuit c = parse3("qubit[6] q;\nx q[1:3];\ny q[0:2:4];\nz q[{5, 0}];");
        assertEquals(8, c.instructions().size());
        int[] expected = {1, 2, 3, 0, 2, 4, 5, 0};
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(new int[] {expected[i]}, gate(c, i).qubits());
        }
    }

    @Test
    void broadcastOverDifferentSizesIsAnError() {
        assertError("qubit[2] a;\nqubit[3] b;\ncx a, b;", 3, 7, "cannot broadcast gate 'cx' over registers of different sizes");
    }

    @Test
    void sameQubitTwiceIsAnError() {
        assertError("qubit[2] q;\ncx q[1], q[1];", 2, 1, "gate 'cx' is applied to q[1] more than once");
    }

    @Test
    void unknownGateNamesTheGate() {
        assertError("qubit q;\n  foo q;", 2, 3, "unknown gate 'foo'");
    }

    @Test
    void wrongQubitCountSaysExpectedAndFound() {
        assertError("qubit[2] q;\ncx q[0];", 2, 1, "gate 'cx' expects 2 qubits, found 1");
        assertError("qubit[3] q;\nh q[0], q[1];", 2, 1, "gate 'h' expects 1 qubit, found 2");
    }

    @Test
    void wrongParameterCountSaysExpectedAndFound() {
        assertError("qubit q;\nrz q;", 2, 1, "gate 'rz' expects 1 parameter, found 0");
        assertError("qubit q;\nh(0.5) q;", 2, 1, "gate 'h' expects 0 parameters, found 1");
        assertError("qubit q;\nU(1, 2) q;", 2, 1, "gate 'U' expects 3 parameters, found 2");
    }

    @Test
    void indexOutOfRangeIsAnError() {
        assertError("qubit[2] q;\nx q[2];", 2, 5, "index 2 is out of range for 'q' of size 2 (valid: 0..1)");
    }

    @Test
    void modifiersAreKeptInSourceOrderWithControlsFirst() {
        Circuit c = parse3("qubit[4] q;\nctrl @ x q[0], q[1];\nctrl(2) @ negctrl @ inv @ pow(0.5) @ rz(0.3) q[0], q[1], q[2], q[3];\n"
                + "pow(2) @ s q[3];");
        Instruction.GateCall first = gate(c, 0);
        assertEquals(List.of(new Modifier.Ctrl(1, false)), first.modifiers());
        assertArrayEquals(new int[] {0, 1}, first.qubits());

        Instruction.GateCall second = gate(c, 1);
        assertEquals("rz", second.name());
        assertEquals(4, second.modifiers().size());
        assertEquals(new Modifier.Ctrl(2, false), second.modifiers().get(0));
        assertEquals(new Modifier.Ctrl(1, true), second.modifiers().get(1));
        assertInstanceOf(Modifier.Inv.class, second.modifiers().get(2));
        Modifier.Pow pow = assertInstanceOf(Modifier.Pow.class, second.modifiers().get(3));
        assertEquals(0.5, value(pow.exponent()), EXACT);
        assertArrayEquals(new int[] {0, 1, 2, 3}, second.qubits());

        Modifier.Pow two = assertInstanceOf(Modifier.Pow.class, gate(c, 2).modifiers().get(0));
        assertEquals(2.0, value(two.exponent()), EXACT);
    }

    @Test
    void controlledGatesBroadcastToo() {
        Circuit c = parse3("qubit[2] a;\nqubit[2] b;\nctrl @ h a, b;");
        assertArrayEquals(new int[] {0, 2}, gate(c, 0).qubits());
        assertArrayEquals(new int[] {1, 3}, gate(c, 1).qubits());
    }

    @Test
    void modifierOperandCountIsValidated() {
        assertError("qubit[3] q;\nctrl(2) @ x q[0], q[1];", 2, 11, "gate 'x' expects 3 qubits (2 from ctrl modifiers), found 2");
    }

    @Test
    void topLevelGlobalPhase() {
        Circuit c = parse3("qubit q;\ngphase(pi/4);\nctrl @ gphase(0.5) q;");
        Instruction.GateCall g = gate(c, 0);
        assertEquals("gphase", g.name());
        assertEquals(0, g.qubits().length);
        assertEquals(Math.PI / 4, value(g.arguments().get(0)), EXACT);
        assertArrayEquals(new int[] {0}, gate(c, 1).qubits());
    }

    @Test
    void gateDefinitionWithParametersAndNestedCalls() {
        Circuit c = parse3("gate my_rot(a, b) x {\n  rz(a) x;\n  rx(b/2) x;\n}\n"
                + "gate pair(t) p, q {\n  my_rot(t, 2*t) p;\n  barrier p, q;\n  ctrl @ my_rot(t, pi) p, q;\n  gphase(t);\n}\n"
                + "qubit[2] r;\npair(0.25) r[1], r[0];");
        GateDefinition myRot = c.definitions().get("my_rot");
        assertEquals(List.of("a", "b"), myRot.parameters());
        assertEquals(1, myRot.numQubits());
        assertEquals(2, myRot.body().size());
        assertEquals(0.4, value(myRot.body().get(1).arguments().get(0), Map.of("b", 0.8)), EXACT);

        GateDefinition pair = c.definitions().get("pair");
        assertEquals(2, pair.numQubits());
        assertEquals(3, pair.body().size()); // the barrier is dropped
        assertEquals("my_rot", pair.body().get(0).name());
        assertArrayEquals(new int[] {0}, pair.body().get(0).qubits());
        assertEquals(1.5, value(pair.body().get(0).arguments().get(1), Map.of("t", 0.75)), EXACT);
        assertArrayEquals(new int[] {0, 1}, pair.body().get(1).qubits());
        assertEquals(List.of(new Modifier.Ctrl(1, false)), pair.body().get(1).modifiers());
        assertEquals("gphase", pair.body().get(2).name());
        assertEquals(0, pair.body().get(2).qubits().length);

        Instruction.GateCall call = gate(c, 0);
        assertEquals("pair", call.name());
        assertArrayEquals(new int[] {1, 0}, call.qubits());
        assertEquals(List.of("my_rot", "pair"), List.copyOf(c.definitions().keySet()));
    }

    @Test
    void definitionCannotCallItself() {
        assertError("gate g a { h a; g a; }", 1, 17, "gate 'g' calls itself");
    }

    @Test
    void definitionCannotCallALaterDefinition() {
        assertError("gate f a { later a; }\ngate later a { h a; }", 1, 12, "unknown gate 'later' in the definition of 'f'");
    }

    @Test
    void definitionBodyUsesOnlyItsOwnParametersAndQubits() {
        assertError("input float th;\ngate g a { rz(th) a; }", 2, 15, "unknown identifier 'th' in gate 'g'");
        assertError("qubit[2] q;\ngate g a { h q; }", 2, 14, "'q' is not a qubit argument of gate 'g'");
        assertError("gate g a { h a[0]; }", 1, 15, "cannot be indexed");
    }

    @Test
    void bodyStatementsOtherThanGateCallsAreRejected() {
        assertError("bit c;\ngate g a { measure a; }", 2, 12, "'measure' is not allowed inside a gate definition");
    }

    @Test
    void unterminatedGateBodyPointsAtItsBrace() {
        assertError("gate g a {\n  h a;\n", 1, 10, "unterminated body of gate 'g'");
    }

    @Test
    void qiskitStyleDefinitionReplacesExtraGate() {
        Circuit c = parse3("gate rzz(p0) _gate_q_0, _gate_q_1 {\n  cx _gate_q_0, _gate_q_1;\n  rz(p0) _gate_q_1;\n"
                + "  cx _gate_q_0, _gate_q_1;\n}\nqubit[2] q;\nrzz(0.5) q[0], q[1];");
        assertEquals(3, c.definitions().get("rzz").body().size());
        assertEquals("rzz", gate(c, 0).name());
    }

    @Test
    void extraGateCannotBeRedefinedAfterItsBuiltinUse() {
        assertError("qubit[2] q;\nrzz(0.5) q[0], q[1];\ngate rzz(t) a, b { cx a, b; }", 3, 6,
                "gate 'rzz' is defined after it was already used as the built-in 'rzz' on line 2");
    }

    @Test
    void builtinsCannotBeRedefined() {
        assertError("gate U(a, b, c) q { }", 1, 6, "the built-in gate 'U' cannot be redefined");
        assertError("gate gphase(a) q { }", 1, 6, "the built-in gate 'gphase' cannot be redefined");
    }

    @Test
    void stdgatesCanBeRedefinedOnlyWithoutTheInclude() {
        assertError("OPENQASM 3.0;\ninclude \"stdgates.inc\";\ngate h a { U(pi/2, 0, pi) a; }", 3, 6,
                "gate 'h' is already defined by \"stdgates.inc\"");
        Circuit c = parse("OPENQASM 3.0;\ngate h a { U(pi/2, 0, pi) a; }\nqubit q;\nh q;");
        assertTrue(c.definitions().containsKey("h"));
        assertError("OPENQASM 3.0;\ngate h a { U(pi/2, 0, pi) a; }\ninclude \"stdgates.inc\";", 3, 9,
                "defines gate 'h', which the program already defined on line 2");
    }

    @Test
    void qelib1LeavesTheStdgatesAliasesFree() {
        Circuit c = parse("OPENQASM 2.0;\ninclude \"qelib1.inc\";\ngate phase(t) a { u1(t) a; }\nqreg q[1];\nphase(0.5) q[0];");
        assertEquals("u1", c.definitions().get("phase").body().get(0).name());
        assertError("OPENQASM 2.0;\ninclude \"qelib1.inc\";\ngate h a { U(pi/2, 0, pi) a; }", 3, 6,
                "gate 'h' is already defined by \"qelib1.inc\"");
    }

    @Test
    void gateCannotBeDefinedTwice() {
        assertError("gate g a { h a; }\ngate g b { x b; }", 2, 6, "gate 'g' is already defined on line 1");
    }

    @Test
    void opaqueIsRejectedByName() {
        assertError("OPENQASM 2.0;\nopaque g a;", 2, 1, "'opaque' gate declarations are not supported by Qrun");
    }

    @Test
    void gateDurationsAreRejected() {
        assertError("qubit q;\nh[100ns] q;", 2, 2, "gate durations ('h[...]') are not supported by Qrun");
    }
}
