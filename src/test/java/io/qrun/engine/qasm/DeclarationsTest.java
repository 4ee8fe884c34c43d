package io.qrun.engine.qasm;

import static io.qrun.engine.qasm.Qasm.assertError;
import static io.qrun.engine.qasm.Qasm.gate;
import static io.qrun.engine.qasm.Qasm.parse;
import static io.qrun.engine.qasm.Qasm.parse3;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.ClassicalRegister;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclarationsTest {

    @Test
    void versionLinesAreAccepted() {
        assertEquals(1, parse("OPENQASM 3.0;\nqubit q;").numQubits());
        assertEquals(1, parse("OPENQASM 3;\nqubit q;").numQubits());
        assertEquals(1, parse("OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[1];").numQubits());
        assertEquals(1, parse("qubit q;").numQubits()); // the version line is optional in OpenQASM 3
    }

    @Test
    void registersAreFlattenedInDeclarationOrder() {
        Circuit c = parse3("qubit[2] a;\nqubit b;\nqubit[3] d;\nh a[1];\nh b;\nh d[2];");
        assertEquals(6, c.numQubits());
        assertFalse(c.physicalQubits());
        assertArrayEquals(new int[] {1}, gate(c, 0).qubits());
        assertArrayEquals(new int[] {2}, gate(c, 1).qubits());
        assertArrayEquals(new int[] {5}, gate(c, 2).qubits());
    }

    @Test
    void classicalRegistersGetOffsetsInDeclarationOrder() {
        Circuit c = parse3("bit[2] c;\nbit flag;\ncreg d[3];\nqubit q;");
        assertEquals(List.of(new ClassicalRegister("c", 2, 0), new ClassicalRegister("flag", 1, 2),
                new ClassicalRegister("d", 3, 3)), c.registers());
        assertEquals(6, c.numClbits());
    }

    @Test
    void qregAndCregInOpenQasm2() {
        Circuit c = parse("OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2];\nqreg r[1];\ncreg c[3];\ncx q[1], r[0];");
        assertEquals(3, c.numQubits());
        assertEquals(List.of(new ClassicalRegister("c", 3, 0)), c.registers());
        assertArrayEquals(new int[] {1, 2}, gate(c, 0).qubits());
    }

    @Test
    void physicalQubitsSetNumQubitsToHighestPlusOne() {
        Circuit c = parse3("rz(pi/2) $17;\ncx $3, $5;");
        assertTrue(c.physicalQubits());
        assertEquals(18, c.numQubits());
        assertArrayEquals(new int[] {17}, gate(c, 0).qubits());
        assertArrayEquals(new int[] {3, 5}, gate(c, 1).qubits());
    }

    @Test
    void physicalQubitsCannotFollowDeclaredQubits() {
        assertError("qubit[2] q;\nx $0;", 2, 3, "cannot be mixed with declared qubits ('q' is declared on line 1)");
    }

    @Test
    void declaredQubitsCannotFollowPhysicalQubits() {
        assertError("x $0;\nqubit[2] q;", 2, 10, "already uses physical qubits ('$0' on line 1)");
    }

    @Test
    void inputParametersInDeclarationOrderWithUnicodeNames() {
        Circuit c = parse3("input float[64] _θ_0_;\ninput float theta;\ninput angle[32] a;\ninput angle b;\nqubit q;\n"
                + "rz(_θ_0_ + theta) q;");
        assertEquals(List.of("_θ_0_", "theta", "a", "b"), c.parameters());
    }

    @Test
    void duplicateNamesAreRejected() {
        assertError("qubit[2] q;\nbit[2] q;", 2, 8, "'q' is already declared (qubit register declared on line 1)");
        assertError("input float a;\nqubit a;", 2, 7, "'a' is already declared (input parameter declared on line 1)");
    }

    @Test
    void constantsCannotBeDeclared() {
        assertError("input float pi;", 1, 13, "'pi' is a built-in constant");
    }

    @Test
    void unsupportedInputTypesAreRejectedByName() {
        assertError("input int[32] n;", 1, 7, "input of type 'int' is not supported by Qrun");
    }

    @Test
    void registerSizeMustBePositive() {
        assertError("qubit[0] q;", 1, 7, "must be at least 1, found 0");
    }

    @Test
    void initialisedBitDeclarationsAreRejected() {
        assertError("bit[2] c = \"00\";", 1, 10, "initialised bit declarations are not supported by Qrun");
    }

    @Test
    void declarationsInsideBlocksAreRejected() {
        assertError("bit c;\nqubit q;\nif (c) { qubit r; }", 3, 10, "'qubit' is only allowed at the top level");
    }

    @Test
    void includesOtherThanTheStandardLibrariesAreRejected() {
        assertError("OPENQASM 3.0;\ninclude \"mygates.inc\";", 2, 9, "cannot include \"mygates.inc\"");
    }

    @Test
    void versionMustBeKnownAndFirst() {
        assertError("OPENQASM 4.0;", 1, 10, "unsupported OpenQASM version 4.0");
        assertError("qubit q;\nOPENQASM 3.0;", 2, 1, "must be the first statement");
    }
}
