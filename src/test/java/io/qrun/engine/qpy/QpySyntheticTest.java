package io.qrun.engine.qpy;

import static io.qrun.engine.qpy.QpyTestWriter.inst;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.ClassicalRegister;
import io.qrun.engine.sim.StateVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Synthetic payloads (built by {@link QpyTestWriter}, not by Qiskit) for the constructs the real
 * corpus lacks, each against its OpenQASM 3 twin.
 */
class QpySyntheticTest {

    private final QpyTestWriter v17 = new QpyTestWriter(17);

    private static Circuit read(byte[] qpy) {
        return new QpyReader().read(qpy);
    }

    @Test
    void theTestWriterReproducesARealPayloadByteForByte() {
        QpyTestWriter v14 = new QpyTestWriter(14);
        QpyTestWriter.Body b = v14.body(2, 0).qreg("q", 2);
        b.name = "circuit-48";
        b.add(inst("HGate").q(0)).add(inst("CXGate").q(0, 1).ctrl(1, 1));
        assertArrayEquals(Twins.resource("schemas_h_cx_v14.b64"), v14.file(b));
    }

    @Test
    void bellWithMeasurementsIntoARegister() {
        QpyTestWriter.Body b = v17.body(2, 2).qreg("q", 2).creg("c", 0, 2);
        b.add(inst("HGate").q(0)).add(inst("CXGate").q(0, 1).ctrl(1, 1))
                .add(inst("Measure").q(0).c(0)).add(inst("Measure").q(1).c(1));
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[2] q;
                bit[2] c;
                h q[0];
                cx q[0], q[1];
                c[0] = measure q[0];
                c[1] = measure q[1];
                """);
        assertEquals(Twins.describe(twin, Map.of()), Twins.describe(read(v17.file(b)), Map.of()));
    }

    @Test
    void registersInCircuitOrderAndBitsOutsideRegisters() {
        // clbit 3 is in no register; register 'old' is listed but not part of the circuit
        QpyTestWriter.Body b = v17.body(1, 4).qreg("q", 1).creg("alpha", 0, 2).creg("beta", 2, 1)
                .register('c', "old", false, 3);
        b.add(inst("Measure").q(0).c(3));
        Circuit c = read(v17.file(b));
        assertEquals(List.of(new ClassicalRegister("alpha", 2, 0), new ClassicalRegister("beta", 1, 2)), c.registers());
        assertEquals(4, c.numClbits());
    }

    @Test
    void parameterVectorsSortByIndexAndStandaloneNamesFirst() {
        QpyTestWriter.Body b = v17.body(2, 0).qreg("q", 2);
        for (int i = 11; i >= 0; i--) {
            b.add(inst("RYGate").q(i % 2).p(QpyTestWriter.vectorElement("θ", 12, i)));
        }
        b.add(inst("RZGate").q(0).p(QpyTestWriter.param("θ")));
        b.add(inst("RZGate").q(1).p(QpyTestWriter.param("a")));
        Circuit c = read(v17.file(b));
        List<String> expected = new ArrayList<>(List.of("a", "θ"));
        for (int i = 0; i < 12; i++) {
            expected.add("θ[" + i + "]");
        }
        assertEquals(expected, c.parameters());
        StringBuilder twin = new StringBuilder("OPENQASM 3.0;\ninclude \"stdgates.inc\";\ninput float[64] a;\ninput float[64] t;\n");
        for (int i = 0; i < 12; i++) {
            twin.append("input float[64] _θ_").append(i).append("_;\n");
        }
        twin.append("qubit[2] q;\n");
        for (int i = 11; i >= 0; i--) {
            twin.append("ry(_θ_").append(i).append("_) q[").append(i % 2).append("];\n");
        }
        twin.append("rz(t) q[0];\nrz(a) q[1];\n");
        double[] values = new double[14];
        for (int i = 0; i < values.length; i++) {
            values[i] = 0.1 * (i + 1);
        }
        Twins.assertSameState(Twins.qasm(twin.toString()), c, values);
    }

    @Test
    void parameterExpressionsAsQiskitReplaysThem() {
        // Rust-writer style: rz(2*x + sin(y)) is mul(f:2, p:x), sin(p:y), add(n, n); rsub(p:x, f:1) is 1 - x
        QpyTestWriter.Expression e = new QpyTestWriter.Expression().symbol("x").symbol("y")
                .op(2, "f:2.0", "p:x").op(5, "p:y", "n").op(0, "n", "n");
        QpyTestWriter.Expression r = new QpyTestWriter.Expression().symbol("x").op(18, "p:x", "i:1");
        // a nested expression between op-255 markers, as Qiskit's Python writer laid them out; the 'n'
        // operand is the nested result, read as Qiskit's current (Rust) reader reads it: x - y/4
        QpyTestWriter.Expression nested = new QpyTestWriter.Expression().symbol("x").symbol("y")
                .marker('n', 's').op(3, "p:y", "f:4.0").marker('n', 'e').op(1, "p:x", "n");
        QpyTestWriter.Body b = v17.body(1, 0).qreg("q", 1);
        b.add(inst("RZGate").q(0).p(e.typed())).add(inst("RXGate").q(0).p(r.typed()))
                .add(inst("RYGate").q(0).p(nested.typed()));
        Circuit c = read(v17.file(b));
        assertEquals(List.of("x", "y"), c.parameters());
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                input float[64] x;
                input float[64] y;
                qubit[1] q;
                rz(2.0 * x + sin(y)) q[0];
                rx(1 - x) q[0];
                ry(x - y / 4.0) q[0];
                """);
        Map<String, Double> binding = Map.of("x", 0.3, "y", -1.1);
        assertEquals(Twins.describe(twin, binding), Twins.describe(c, binding));
        Twins.assertSameState(twin, c, 0.3, -1.1);
    }

    @Test
    void customGateIsInlinedFromItsDefinition() {
        QpyTestWriter.Body def = v17.body(2, 0).qreg("q", 2);
        def.add(inst("HGate").q(0)).add(inst("CXGate").q(0, 1).ctrl(1, 1)).add(inst("RZGate").q(1).p(QpyTestWriter.param("t")));
        String name = "bell_3f2a9c0e5b7d4e1f8a6c2b9d0e4f7a1c";
        QpyTestWriter.Body b = v17.body(3, 0).qreg("q", 3).custom(name, 'g', 2, 0, def.bytes(), 0, 0, null);
        b.add(inst(name).q(2, 0).p(QpyTestWriter.param("t")));
        Circuit c = read(v17.file(b));
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                input float[64] t;
                gate bell(t) a, b { h a; cx a, b; rz(t) b; }
                qubit[3] q;
                bell(t) q[2], q[0];
                """);
        Twins.assertSameState(twin, c, 0.4);
        assertEquals(List.of("t"), c.parameters());
        // q1 is untouched, so the simulation holds q0 (bit 0) and q2 (bit 1): a Bell pair on them
        StateVector s = Twins.state(c, 0.0);
        assertEquals(0.5, s.probability(0), 1e-15);
        assertEquals(0.5, s.probability(3), 1e-15);
    }

    @Test
    void aCustomGateParameterItsDefinitionIgnoresIsStillACircuitParameter() {
        QpyTestWriter.Body def = v17.body(1, 0).qreg("q", 1);
        def.add(inst("XGate").q(0));
        String name = "flip_3f2a9c0e5b7d4e1f8a6c2b9d0e4f7a1c";
        QpyTestWriter.Body b = v17.body(1, 0).qreg("q", 1).custom(name, 'g', 1, 0, def.bytes(), 0, 0, null);
        b.add(inst(name).q(0).p(QpyTestWriter.param("unused"))).add(inst("RZGate").q(0).p(QpyTestWriter.param("a")));
        assertEquals(List.of("a", "unused"), read(v17.file(b)).parameters());
    }

    @Test
    void openControlsOnStandardAndCustomControlledGates() {
        QpyTestWriter.Body def = v17.body(2, 0).qreg("q", 2);
        def.add(inst("CXGate").q(0, 1).ctrl(1, 1));
        String name = "mycx_o0";
        QpyTestWriter.Body b = v17.body(4, 0).qreg("q", 4).custom(name, 'c', 2, 0, def.bytes(), 1, 0, null);
        b.add(inst("CXGate").q(0, 1).ctrl(1, 0)).add(inst(name).q(2, 3)).add(inst("CCZGate").q(0, 1, 2).ctrl(2, 3))
                .add(inst("MCXGate").q(0, 1, 2, 3).ctrl(3, 5));
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[4] q;
                negctrl @ x q[0], q[1];
                negctrl @ x q[2], q[3];
                ctrl(2) @ z q[0], q[1], q[2];
                ctrl @ negctrl @ ctrl @ x q[0], q[1], q[2], q[3];
                """);
        Circuit c = read(v17.file(b));
        Twins.assertSameState(twin, c);
        // negctrl x flips q1 and q3 from |0000>: 0b1010
        assertEquals(1.0, Twins.state(c).probability(0b1010), 1e-15);
    }

    @Test
    void ifElseOnABitAndOnARegister() {
        QpyTestWriter.Body then = v17.body(1, 1).qreg("q", 1).register('c', "c", false, 0);
        then.add(inst("XGate").q(0));
        QpyTestWriter.Body otherwise = v17.body(1, 1).qreg("q", 1);
        otherwise.add(inst("HGate").q(0));
        QpyTestWriter.Body then2 = v17.body(1, 0).qreg("q", 1);
        then2.add(inst("ZGate").q(0));
        QpyTestWriter.Body b = v17.body(2, 2).qreg("q", 2).creg("c", 0, 2);
        b.add(inst("HGate").q(0)).add(inst("Measure").q(0).c(0))
                .add(inst("IfElseOp").q(1).c(0).condition(QpyTestWriter.clbitRef(0), 1)
                        .p(QpyTestWriter.block(then.bytes()), QpyTestWriter.block(otherwise.bytes())))
                .add(inst("IfElseOp").q(1).condition(QpyTestWriter.registerRef("c"), 3)
                        .p(QpyTestWriter.block(then2.bytes()), QpyTestWriter.none()))
                .add(inst("Measure").q(1).c(1));
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[2] q;
                bit[2] c;
                h q[0];
                c[0] = measure q[0];
                if (c[0]) { x q[1]; } else { h q[1]; }
                if (c == 3) { z q[1]; }
                c[1] = measure q[1];
                """);
        assertEquals(Twins.describe(twin, Map.of()), Twins.describe(read(v17.file(b)), Map.of()));
    }

    @Test
    void ifConditionsAsClassicalExpressions() {
        QpyTestWriter.Body x = v17.body(1, 2).qreg("q", 1);
        x.add(inst("XGate").q(0));
        byte[] block = QpyTestWriter.block(x.bytes());
        // c[0]; !c[1]; c == 2 (register c as uint[2] against the 1-byte literal 2); c[0] != true under an implicit cast
        byte[] bit = new QpyTestWriter.Buf().ch('x').ch('b').ch('C').u32(0).bytes();
        byte[] notBit = new QpyTestWriter.Buf().ch('u').ch('b').u8(2).ch('x').ch('b').ch('C').u32(1).bytes();
        byte[] equal = new QpyTestWriter.Buf().ch('b').ch('b').u8(6).ch('x').ch('u').u32(2).ch('R').u16(1).str("c")
                .ch('v').ch('u').u32(2).ch('i').u8(1).u8(2).bytes();
        byte[] notEqual = new QpyTestWriter.Buf().ch('b').ch('b').u8(7).ch('c').ch('b').u8(1).ch('x').ch('b').ch('C').u32(0)
                .ch('v').ch('b').ch('b').u8(1).bytes();
        QpyTestWriter.Body b = v17.body(1, 2).qreg("q", 1).creg("c", 0, 2);
        for (byte[] e : List.of(bit, notBit, equal, notEqual)) {
            QpyTestWriter.Inst i = inst("IfElseOp").q(0).c(0, 1).p(block, QpyTestWriter.none());
            i.conditionKind = 2;
            i.conditionRegister = QpyTestWriter.typed('x', e);
            b.add(i);
        }
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[1] q;
                bit[2] c;
                if (c[0]) { x q[0]; }
                if (!c[1]) { x q[0]; }
                if (c == 2) { x q[0]; }
                if (!c[0]) { x q[0]; }
                """);
        assertEquals(Twins.describe(twin, Map.of()), Twins.describe(read(v17.file(b)), Map.of()));
    }

    @Test
    void resetBarrierDelayAndGlobalPhase() {
        QpyTestWriter.Body b = v17.body(2, 0).qreg("q", 2);
        b.globalPhase = QpyTestWriter.bigEndianFloat(0.25);
        b.add(inst("Reset").q(0)).add(inst("Barrier").q(0, 1)).add(inst("Delay").q(1).p(v17.i(100)))
                .add(inst("SXGate").q(0));
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[2] q;
                gphase(0.25);
                reset q[0];
                barrier q[0], q[1];
                delay[100dt] q[1];
                sx q[0];
                """);
        assertEquals(Twins.describe(twin, Map.of()), Twins.describe(read(v17.file(b)), Map.of()));
    }

    @Test
    void aTranspiledCircuitIsOnPhysicalQubits() {
        QpyTestWriter.Body b = v17.body(5, 1).qreg("q", 5).creg("c", 0, 1);
        b.layout = true;
        b.add(inst("ECRGate").q(3, 4)).add(inst("RZZGate").q(4, 3).p(v17.f(0.5))).add(inst("Measure").q(4).c(0));
        Circuit c = read(v17.file(b));
        assertTrue(c.physicalQubits());
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                bit[1] c;
                ecr $3, $4;
                rzz(0.5) $4, $3;
                c[0] = measure $4;
                """);
        assertEquals(Twins.describe(twin, Map.of()), Twins.describe(c, Map.of()));
    }

    @Test
    void annotatedInverseAndControlOnAStandardGate() {
        byte[] base = inst("SXGate").bytes(false);
        QpyTestWriter.Body b = v17.body(2, 0).qreg("q", 2).custom("sx_annotated_0", 'a', 2, 0, null, 0, 0, base);
        byte[] inverse = QpyTestWriter.typed('m', new QpyTestWriter.Buf().ch('i').u32(0).u32(0).f64(0).bytes());
        byte[] control = QpyTestWriter.typed('m', new QpyTestWriter.Buf().ch('c').u32(1).u32(1).f64(0).bytes());
        b.add(inst("HGate").q(0)).add(inst("sx_annotated_0").q(0, 1).p(inverse, control));
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[2] q;
                h q[0];
                ctrl @ inv @ sx q[0], q[1];
                """);
        Circuit c = read(v17.file(b));
        assertEquals(Twins.describe(twin, Map.of()), Twins.describe(c, Map.of()));
        Twins.assertSameState(twin, c);
    }

    @Test
    void aBoxRunsItsBody() {
        QpyTestWriter.Body body = v17.body(2, 0).qreg("q", 2);
        body.add(inst("HGate").q(0)).add(inst("CZGate").q(0, 1).ctrl(1, 1));
        QpyTestWriter.Body b = v17.body(3, 0).qreg("q", 3);
        b.add(inst("BoxOp").q(2, 1).p(QpyTestWriter.block(body.bytes()), QpyTestWriter.none(), QpyTestWriter.text("dt")));
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[3] q;
                h q[2];
                cz q[2], q[1];
                """);
        assertEquals(Twins.describe(twin, Map.of()), Twins.describe(read(v17.file(b)), Map.of()));
    }

    @Test
    void numpyScalarAnglesAreNumbers() {
        // np.float32(0.5) and np.int64(2) as gate parameters: Qiskit stores numpy scalars as 0-d .npy
        byte[] f32 = QpyTestWriter.npy("<f4", "()", new QpyTestWriter.Buf().u8(0).u8(0).u8(0).u8(0x3f).bytes());
        byte[] i64 = QpyTestWriter.npy("<i8", "()", new byte[] {2, 0, 0, 0, 0, 0, 0, 0});
        QpyTestWriter.Body b = v17.body(1, 0).qreg("q", 1);
        b.add(inst("RZGate").q(0).p(QpyTestWriter.typed('n', f32))).add(inst("RXGate").q(0).p(QpyTestWriter.typed('n', i64)));
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[1] q;
                rz(0.5) q[0];
                rx(2) q[0];
                """);
        assertEquals(Twins.describe(twin, Map.of()), Twins.describe(read(v17.file(b)), Map.of()));
    }

    @Test
    void versions13To16HeadersRead() {
        for (int version = 13; version <= 16; version++) {
            QpyTestWriter w = new QpyTestWriter(version);
            QpyTestWriter.Body b = w.body(1, 1).qreg("q", 1).creg("c", 0, 1);
            b.add(inst("RXGate").q(0).p(w.f(Math.PI))).add(inst("Measure").q(0).c(0));
            Circuit c = read(w.file(b));
            assertEquals(1.0, Twins.state(c).probability(1), 1e-15, "version " + version);
        }
    }
}
