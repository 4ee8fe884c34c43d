package io.qrun.engine.qpy;

import static io.qrun.engine.qpy.QpyTestWriter.inst;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Constructs Qrun does not run are refused by name, with the offset of the instruction (synthetic payloads). */
class QpyRejectionTest {

    private final QpyTestWriter w = new QpyTestWriter(17);

    private static void assertRejected(byte[] qpy, String expected) {
        QpyException e = assertThrows(QpyException.class, () -> new QpyReader().read(qpy));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("byte "), e.getMessage());
    }

    private byte[] oneInstruction(QpyTestWriter.Inst i, int qubits, int clbits) {
        QpyTestWriter.Body b = w.body(qubits, clbits).qreg("q", qubits);
        if (clbits > 0) {
            b.creg("c", 0, clbits);
        }
        return w.file(b.add(i));
    }

    @Test
    void loopsAndSwitchesByName() {
        byte[] body = QpyTestWriter.block(w.body(1, 0).qreg("q", 1).bytes());
        assertRejected(oneInstruction(inst("ForLoopOp").q(0).p(QpyTestWriter.none(), QpyTestWriter.none(), body), 1, 0),
                "'for' loops are not supported by Qrun");
        assertRejected(oneInstruction(inst("WhileLoopOp").q(0).c(0).condition(QpyTestWriter.clbitRef(0), 1).p(body), 1, 1),
                "'while' loops are not supported by Qrun");
        assertRejected(oneInstruction(inst("SwitchCaseOp").q(0).p(QpyTestWriter.none()), 1, 0),
                "'switch' statements are not supported by Qrun");
    }

    @Test
    void conditionsOnClassicalExpressions() {
        QpyTestWriter.Inst i = inst("IfElseOp").q(0).p(QpyTestWriter.block(w.body(1, 0).qreg("q", 1).bytes()));
        i.conditionKind = 2;
        // an expression condition is one typed value before the arguments: a bool literal here
        byte[] expression = QpyTestWriter.typed('x', new byte[] {'v', 'b', 'b', 1});
        i.conditionRegister = expression;
        assertRejected(oneInstruction(i, 1, 0), "the 'if' condition true is not supported by Qrun");
        // c[0] < c[1] as a uint comparison: an ordering the model cannot hold
        QpyTestWriter.Inst less = inst("IfElseOp").q(0).c(0, 1).p(QpyTestWriter.block(w.body(1, 2).qreg("q", 1).bytes()));
        less.conditionKind = 2;
        less.conditionRegister = QpyTestWriter.typed('x', new QpyTestWriter.Buf().ch('b').ch('b').u8(8)
                .ch('x').ch('b').ch('C').u32(0).ch('x').ch('b').ch('C').u32(1).bytes());
        assertRejected(oneInstruction(less, 1, 2), "the 'if' condition (clbit 0 < clbit 1) is not supported by Qrun");
    }

    @Test
    void unitariesOpaqueGatesAndPauliEvolution() {
        byte[] matrix = QpyTestWriter.npy("<c16", "(2, 2)", new byte[64]);
        assertRejected(oneInstruction(inst("UnitaryGate").q(0).p(QpyTestWriter.typed('n', matrix)), 1, 0),
                "'UnitaryGate' is not supported by Qrun");
        QpyTestWriter.Body b = w.body(1, 0).qreg("q", 1).custom("mystery_0123456789abcdef0123456789abcdef", 'g', 1, 0, null, 0, 0, null);
        b.add(inst("mystery_0123456789abcdef0123456789abcdef").q(0));
        assertRejected(w.file(b), "'mystery' has no definition");
    }

    @Test
    void versionsOutsideThirteenToSeventeen() {
        for (int version : new int[] {12, 18}) {
            byte[] qpy = new QpyTestWriter(17).file(w.body(1, 0).qreg("q", 1));
            qpy[6] = (byte) version;
            assertRejected(qpy, "QPY version " + version + " is not supported; Qrun reads versions 13 to 17");
        }
    }

    @Test
    void classicalVariablesAndCalibrations() {
        byte[] qpy = w.file(w.body(1, 0).qreg("q", 1));
        // num_vars is the last u32 of the circuit header (file header 28 bytes, then 2+1+2+4+4+8+4+8 bytes)
        qpy[28 + 33 + 3] = 1;
        assertRejected(qpy, "classical variables");
        byte[] open = w.file(w.body(1, 0).qreg("q", 1).add(inst("CUGate").q(0, 0).ctrl(1, 0)
                .p(w.f(0), w.f(0), w.f(0), w.f(0))));
        assertRejected(open, "'CUGate' with control state 0 (open controls) is not supported by Qrun");
    }

    @Test
    void subsAbsAndComplexInExpressions() {
        QpyTestWriter.Expression abs = new QpyTestWriter.Expression().symbol("x").op(16, "p:x", "n");
        assertRejected(oneInstruction(inst("RZGate").q(0).p(abs.typed()), 1, 0), "abs() in a parameter expression");
        QpyTestWriter.Expression missing = new QpyTestWriter.Expression().op(0, "p:x", "f:1");
        assertRejected(oneInstruction(inst("RZGate").q(0).p(missing.typed()), 1, 0), "missing from its symbol table");
    }

    @Test
    void aBrokenNumpyValueIsANamedError() {
        assertRejected(oneInstruction(inst("RZGate").q(0).p(QpyTestWriter.typed('n', new byte[] {1, 2})), 1, 0),
                "a numpy value: not an .npy array");
    }

    @Test
    void wrongArityOfAStandardGate() {
        assertRejected(oneInstruction(inst("RZGate").q(0), 1, 0), "'RZGate' takes 1 parameters, the instruction has 0");
        assertRejected(oneInstruction(inst("CXGate").q(0).ctrl(1, 1), 1, 0), "'CXGate' acts on 2 qubits, the instruction has 1");
    }
}
