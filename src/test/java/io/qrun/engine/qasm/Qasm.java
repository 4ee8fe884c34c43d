package io.qrun.engine.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.Expr;
import io.qrun.engine.circuit.Instruction;
import java.util.Map;

/** Shared helpers for the parser tests. */
final class Qasm {

    static final double EXACT = 1e-12;

    private Qasm() {}

    static Circuit parse(String source) {
        return new QasmParser().parse(source);
    }

    /** Parses an OpenQASM 3 body after the usual header lines. */
    static Circuit parse3(String body) {
        return parse("OPENQASM 3.0;\ninclude \"stdgates.inc\";\n" + body);
    }

    static Instruction.GateCall gate(Circuit c, int index) {
        return assertInstanceOf(Instruction.GateCall.class, c.instructions().get(index));
    }

    static double value(Expr e) {
        return e.evaluate(name -> {
            throw new AssertionError("unexpected free parameter " + name);
        });
    }

    static double value(Expr e, Map<String, Double> binding) {
        return e.evaluate(name -> {
            Double v = binding.get(name);
            if (v == null) {
                throw new AssertionError("unbound parameter " + name);
            }
            return v;
        });
    }

    /** Asserts that parsing fails at exactly (line, column) with a message containing {@code fragment}. */
    static QasmException assertError(String source, int line, int column, String fragment) {
        return assertError(new QasmParser(), source, line, column, fragment);
    }

    static QasmException assertError(QasmParser parser, String source, int line, int column, String fragment) {
        QasmException e = assertThrows(QasmException.class, () -> parser.parse(source));
        assertTrue(e.getMessage().contains(fragment), () -> "message '" + e.getMessage() + "' lacks '" + fragment + "'");
        assertEquals(line, e.line(), () -> "line of: " + e.getMessage());
        assertEquals(column, e.column(), () -> "column of: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("line " + line + ", column " + column + ": "), e.getMessage());
        return e;
    }
}
