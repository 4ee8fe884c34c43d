package io.qrun.engine.qasm;

import static io.qrun.engine.qasm.Qasm.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Syntax errors and rejected constructs: each with its exact line, column and message. */
class SyntaxErrorsTest {

    private static final String HEADER = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[2] q;\n";

    @Test
    void missingSemicolonNamesTheNextToken() {
        QasmException e = assertError(HEADER + "x q[0]\nh q[1];", 5, 1,
                "expected ';' after the call of gate 'x', found 'h'");
        assertEquals("expected ';' after the call of gate 'x', found 'h'", e.detail());
    }

    @Test
    void missingSemicolonAtEndOfInput() {
        assertError(HEADER + "x q[0]", 4, 7, "expected ';' after the call of gate 'x', found end of input");
    }

    @Test
    void missingSemicolonAfterDeclaration() {
        assertError("qubit[2] q\nx q;", 2, 1, "expected ';' after the qubit declaration, found 'x'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "for i in [0:2] { x q[0]; }|'for' loops are not supported by Qrun",
        "while (true) { x q[0]; }|'while' loops are not supported by Qrun",
        "def f(qubit a) { x a; }|subroutine definitions ('def') are not supported by Qrun",
        "extern f(int) -> int;|'extern' declarations are not supported by Qrun",
        "box { x q[0]; }|'box' blocks are not supported by Qrun",
        "switch (c) { case 0 { } }|'switch' statements are not supported by Qrun",
        "let a = q[0];|aliases ('let') are not supported by Qrun",
        "const int n = 3;|'const' declarations are not supported by Qrun",
        "duration d = 100ns;|'duration' declarations are not supported by Qrun",
        "stretch s;|'stretch' declarations are not supported by Qrun",
        "defcalgrammar \"openpulse\";|'defcalgrammar' statements are not supported by Qrun",
        "defcal x $0 { }|calibrations ('defcal') are not supported by Qrun",
        "cal { }|'cal' blocks are not supported by Qrun",
        "output float f;|'output' declarations are not supported by Qrun",
        "int[32] n = 1;|classical variable declarations ('int') are not supported by Qrun",
        "float f;|classical variable declarations ('float') are not supported by Qrun",
        "bool b;|classical variable declarations ('bool') are not supported by Qrun",
        "@annotation x q[0];|annotations ('@name') are not supported by Qrun",
        "#pragma foo|'#pragma' directives are not supported by Qrun",
        "{ x q[0]; }|bare blocks ('{ ... }' without 'if') are not supported by Qrun",
    })
    void unsupportedConstructsAreRejectedByName(String statement, String message) {
        assertError(HEADER + statement, 4, 1, message);
    }

    @Test
    void unsupportedConstructInsideABlockKeepsItsPosition() {
        assertError(HEADER + "bit c;\nif (c) {\n  for i in [0:1] { }\n}", 6, 3, "'for' loops are not supported by Qrun");
    }

    @Test
    void modifierOnNonGate() {
        assertError(HEADER + "inv @ measure q[0];", 4, 7, "modifiers apply only to gates, not to 'measure'");
    }

    @Test
    void missingAtAfterModifier() {
        assertError(HEADER + "ctrl(1) x q[0], q[1];", 4, 9, "expected '@' after the 'ctrl' modifier, found 'x'");
    }

    @Test
    void unterminatedComment() {
        assertError(HEADER + "x q[0]; /* never closed\nh q[0];", 4, 9, "unterminated comment: '/*' has no closing '*/'");
    }

    @Test
    void unterminatedString() {
        assertError("OPENQASM 3.0;\ninclude \"stdgates.inc;\n", 2, 9, "unterminated string");
    }

    @Test
    void unexpectedCharacter() {
        assertError(HEADER + "x q[0]?;", 4, 7, "unexpected character '?' (U+003F)");
    }

    @Test
    void strayClosingBrace() {
        assertError(HEADER + "}", 4, 1, "unexpected '}': there is no open block to close");
    }

    @Test
    void integerTooLarge() {
        assertError("qubit[99999999999999999999] q;", 1, 7, "integer 99999999999999999999 is too large");
    }

    @Test
    void physicalQubitWithoutNumber() {
        assertError(HEADER + "x $;", 4, 3, "expected a physical qubit number after '$'");
    }

    @Test
    void unknownRegister() {
        assertError(HEADER + "x r[0];", 4, 3, "unknown qubit register 'r'");
        assertError(HEADER + "d[0] = measure q[0];", 4, 1, "unknown bit register 'd'");
    }

    @Test
    void emptyRange() {
        assertError(HEADER + "x q[1:0];", 4, 7, "the range 1:0 of 'q' is empty");
    }

    @Test
    void columnsCountFromOneAfterWindowsLineEnds() {
        assertError("qubit q;\r\n  x r;", 2, 5, "unknown qubit register 'r'");
    }
}
