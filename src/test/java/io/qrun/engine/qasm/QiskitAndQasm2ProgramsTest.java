package io.qrun.engine.qasm;

import static io.qrun.engine.qasm.Qasm.EXACT;
import static io.qrun.engine.qasm.Qasm.gate;
import static io.qrun.engine.qasm.Qasm.parse;
import static io.qrun.engine.qasm.Qasm.value;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.ClassicalRegister;
import io.qrun.engine.circuit.GateDefinition;
import io.qrun.engine.circuit.Instruction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole programs in the shapes real tools write: Qiskit's {@code qasm3.dumps} (definitions with
 * {@code _gate_q_N} qubits and {@code p0}/{@code _gate_p_N} parameters, parameter vectors as
 * {@code _name_i_}, {@code bit} before {@code qubit}, {@code if (c[0])}/{@code if (c == n)}, ISA
 * circuits on physical qubits) and OpenQASM 2 with qelib1.inc.
 */
class QiskitAndQasm2ProgramsTest {

    private static final String PARAMETRIZED_ANSATZ = """
            OPENQASM 3.0;
            include "stdgates.inc";
            input float[64] _θ_0_;
            input float[64] _θ_1_;
            input float[64] phi;
            gate rzx(p0) _gate_q_0, _gate_q_1 {
              h _gate_q_1;
              cx _gate_q_0, _gate_q_1;
              rz(p0) _gate_q_1;
              cx _gate_q_0, _gate_q_1;
              h _gate_q_1;
            }
            gate ecr _gate_q_0, _gate_q_1 {
              rzx(pi/4) _gate_q_0, _gate_q_1;
              x _gate_q_0;
              rzx(-pi/4) _gate_q_0, _gate_q_1;
            }
            gate sxdg _gate_q_0 {
              s _gate_q_0;
              h _gate_q_0;
              s _gate_q_0;
            }
            gate r(_gate_p_0, _gate_p_1) _gate_q_0 {
              U(_gate_p_0, -pi/2 + _gate_p_1, pi/2 - _gate_p_1) _gate_q_0;
            }
            gate PauliEvolution(_θ_1_) _gate_q_0, _gate_q_1 {
              rzz(2*_θ_1_) _gate_q_0, _gate_q_1;
            }
            bit[2] meas;
            qubit[2] q;
            ry(_θ_0_) q[0];
            ecr q[0], q[1];
            sxdg q[1];
            r(phi, pi/3) q[0];
            PauliEvolution(_θ_1_) q[0], q[1];
            U(2*pi, 3*pi, -5*pi) q[1];
            barrier q[0], q[1];
            meas[0] = measure q[0];
            meas[1] = measure q[1];
            """;

    @Test
    void parametrizedCircuitWithQiskitDefinitions() {
        Circuit c = parse(PARAMETRIZED_ANSATZ);
        assertEquals(List.of("_θ_0_", "_θ_1_", "phi"), c.parameters());
        assertEquals(2, c.numQubits());
        assertEquals(List.of(new ClassicalRegister("meas", 2, 0)), c.registers());
        assertEquals(List.of("rzx", "ecr", "sxdg", "r", "PauliEvolution"), List.copyOf(c.definitions().keySet()));

        GateDefinition ecr = c.definitions().get("ecr");
        assertEquals(List.of(), ecr.parameters());
        assertEquals(-Math.PI / 4, value(ecr.body().get(2).arguments().get(0)), EXACT);

        GateDefinition r = c.definitions().get("r");
        double lambda = value(r.body().get(0).arguments().get(2), Map.of("_gate_p_0", 0.3, "_gate_p_1", 0.2));
        assertEquals(Math.PI / 2 - 0.2, lambda, EXACT);

        // a gate parameter may share its name with an input: inside the body it is the gate's own
        GateDefinition evolution = c.definitions().get("PauliEvolution");
        assertEquals(1.0, value(evolution.body().get(0).arguments().get(0), Map.of("_θ_1_", 0.5)), EXACT);

        assertEquals(9, c.instructions().size());
        Instruction.GateCall ry = gate(c, 0);
        assertEquals(0.25, value(ry.arguments().get(0), Map.of("_θ_0_", 0.25)), EXACT);
        assertArrayEquals(new int[] {0, 1}, gate(c, 1).qubits());
        assertEquals("sxdg", gate(c, 2).name());
        assertEquals(Math.PI / 3, value(gate(c, 3).arguments().get(1)), EXACT);
        assertEquals(-5 * Math.PI, value(gate(c, 5).arguments().get(2)), EXACT);
        assertArrayEquals(new int[] {0, 1}, assertInstanceOf(Instruction.Barrier.class, c.instructions().get(6)).qubits());
        assertEquals(new Instruction.Measure(1, 1, 39), c.instructions().get(8));
    }

    @Test
    void transpiledIsaCircuitOnPhysicalQubits() {
        Circuit c = parse("""
                OPENQASM 3.0;
                include "stdgates.inc";
                gate ecr _gate_q_0, _gate_q_1 {
                  rzx(pi/4) _gate_q_0, _gate_q_1;
                  x _gate_q_0;
                  rzx(-pi/4) _gate_q_0, _gate_q_1;
                }
                bit[2] c;
                rz(pi/2) $12;
                sx $12;
                rz(pi/2) $12;
                ecr $12, $13;
                delay[100dt] $13;
                barrier $12, $13;
                c[0] = measure $12;
                c[1] = measure $13;
                """);
        assertTrue(c.physicalQubits());
        assertEquals(14, c.numQubits());
        assertArrayEquals(new int[] {12, 13}, gate(c, 3).qubits());
        Instruction.Delay delay = assertInstanceOf(Instruction.Delay.class, c.instructions().get(4));
        assertEquals(100.0, delay.duration(), 0.0);
        assertEquals("dt", delay.unit());
        assertEquals(new Instruction.Measure(13, 1, 16), c.instructions().get(7));
        // rzx inside ecr is the engine's built-in gate here (the program did not define it)
        assertEquals("rzx", c.definitions().get("ecr").body().get(0).name());
    }

    @Test
    void dynamicCircuitWithLooseBitsAndIfElse() {
        Circuit c = parse("""
                OPENQASM 3.0;
                include "stdgates.inc";
                bit _bit0;
                bit[2] cr;
                qubit _qubit0;
                qubit[2] qr;
                h qr[0];
                _bit0 = measure qr[0];
                if (_bit0) {
                  x _qubit0;
                }
                if (!_bit0) {
                  x qr[1];
                }
                cr = measure qr;
                if (cr == 3) {
                  reset qr[0];
                } else {
                  h qr[1];
                }
                """);
        assertEquals(3, c.numQubits());
        assertEquals(List.of(new ClassicalRegister("_bit0", 1, 0), new ClassicalRegister("cr", 2, 1)), c.registers());
        assertEquals(new Instruction.Measure(1, 0, 8), c.instructions().get(1));
        Instruction.IfElse first = assertInstanceOf(Instruction.IfElse.class, c.instructions().get(2));
        assertArrayEquals(new int[] {0}, first.condition().clbits());
        assertEquals(1, first.condition().value());
        assertArrayEquals(new int[] {0}, ((Instruction.GateCall) first.thenBody().get(0)).qubits());
        Instruction.IfElse second = assertInstanceOf(Instruction.IfElse.class, c.instructions().get(3));
        assertEquals(0, second.condition().value());
        Instruction.IfElse third = assertInstanceOf(Instruction.IfElse.class, c.instructions().get(6));
        assertArrayEquals(new int[] {1, 2}, third.condition().clbits());
        assertEquals(3, third.condition().value());
        assertEquals(List.of(new Instruction.Reset(1, 17)), third.thenBody());
    }

    @Test
    void qiskitExportWithoutIncludeDefinesStandardGatesItself() {
        Circuit c = parse("""
                OPENQASM 3.0;
                gate u3(p0, p1, p2) _gate_q_0 {
                  U(p0, p1, p2) _gate_q_0;
                }
                gate u1(p0) _gate_q_0 {
                  u3(0, 0, p0) _gate_q_0;
                }
                gate rz(p0) _gate_q_0 {
                  u1(p0) _gate_q_0;
                }
                gate cx c, t {
                  ctrl @ U(pi, 0, pi) c, t;
                }
                qubit[2] q;
                rz(pi/2) q[0];
                cx q[0], q[1];
                """);
        assertEquals(List.of("u3", "u1", "rz", "cx"), List.copyOf(c.definitions().keySet()));
        assertEquals("rz", gate(c, 0).name());
    }

    @Test
    void openQasm2ProgramWithQelib1() {
        Circuit c = parse("""
                OPENQASM 2.0;
                include "qelib1.inc";
                gate majority a,b,c
                {
                  cx c,b;
                  cx c,a;
                  ccx a,b,c;
                }
                qreg q[3];
                qreg anc[1];
                creg c[3];
                u3(pi/2,0,pi) q[0];
                u2(0,pi) q[1];
                u1(pi/4) q[2];
                CX q[0],q[1];
                U(0.1,0.2,0.3) q[2];
                cu1(pi/2) q[0],anc[0];
                majority q[0],q[1],q[2];
                id anc;
                barrier q;
                measure q -> c;
                if(c==5) x anc[0];
                reset anc[0];
                """);
        assertEquals(4, c.numQubits());
        assertEquals(List.of(new ClassicalRegister("c", 3, 0)), c.registers());
        assertEquals(3, c.definitions().get("majority").numQubits());
        assertEquals(Math.PI / 2, value(gate(c, 0).arguments().get(0)), EXACT);
        assertEquals("CX", gate(c, 3).name());
        assertArrayEquals(new int[] {0, 3}, gate(c, 5).qubits());
        assertArrayEquals(new int[] {0, 1, 2}, gate(c, 6).qubits());
        assertArrayEquals(new int[] {3}, gate(c, 7).qubits());
        assertArrayEquals(new int[] {0, 1, 2}, assertInstanceOf(Instruction.Barrier.class, c.instructions().get(8)).qubits());
        assertEquals(new Instruction.Measure(2, 2, 21), c.instructions().get(11));
        Instruction.IfElse i = assertInstanceOf(Instruction.IfElse.class, c.instructions().get(12));
        assertArrayEquals(new int[] {0, 1, 2}, i.condition().clbits());
        assertEquals(5, i.condition().value());
        assertEquals(new Instruction.Reset(3, 23), c.instructions().get(13));
        assertEquals(14, c.instructions().size());
    }

    @Test
    void commentsAndWhitespaceAnywhere() {
        Circuit c = parse("// leading comment\nOPENQASM 3.0; /* block\n comment */ include \"stdgates.inc\";\r\n"
                + "qubit[2]\tq; // trailing\n/**/cx /* inside */ q[0],\n\n   q[1] ;");
        assertArrayEquals(new int[] {0, 1}, gate(c, 0).qubits());
        assertEquals(5, gate(c, 0).line());
    }
}
