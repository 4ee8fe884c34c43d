package io.qrun.engine.qasm;

import static io.qrun.engine.qasm.Qasm.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.qrun.engine.circuit.Circuit;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Input meant to hang, overflow the stack or exhaust memory must end in a QasmException naming the
 * limit. The timeouts are only hang guards (60 s: generous even on a loaded shared 2-core machine), not speed checks.
 */
class HostileInputTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static <T> T guarded(Supplier<T> work) {
        return assertTimeoutPreemptively(HANG_GUARD, work::get);
    }

    private static QasmException guardedError(String source, int line, int column, String fragment) {
        return guarded(() -> assertError(source, line, column, fragment));
    }

    @Test
    void hugeQubitRegisterIsRejectedBeforeAllocation() {
        guardedError("qubit[2000000000] q;", 1, 19, "more than the limit of 10000 (ParserLimits.maxQubits)");
        guardedError("qreg q[5000];\nqreg r[5001];", 2, 6, "makes 10001 qubits, more than the limit of 10000");
    }

    @Test
    void hugePhysicalQubitIsRejected() {
        guardedError("x $10000;", 1, 3, "physical qubit '$10000' is beyond the limit of 10000 qubits");
        guardedError("x $99999999999999999999999;", 1, 3, "beyond the limit of 10000 qubits");
    }

    @Test
    void hugeBitRegisterIsRejected() {
        guardedError("bit[100001] c;", 1, 13, "more than the limit of 100000 (ParserLimits.maxClbits)");
    }

    @Test
    void hugeControlCountIsRejected() {
        guardedError("qubit q;\nctrl(2000000000) @ x q;", 2, 1, "more control qubits than the limit of 10000");
    }

    @Test
    void deeplyNestedParentheses() {
        String source = "qubit q;\nrz(" + "(".repeat(1_000_000) + "1" + ")".repeat(1_000_000) + ") q;";
        guardedError(source, 2, 104, "expression nested deeper than 100 levels (ParserLimits.maxNesting)");
    }

    @Test
    void longChainsOfUnaryMinusAndPowers() {
        guardedError("qubit q;\nrz(" + "-".repeat(1_000_000) + "1) q;", 2, 104, "nested deeper than 100 levels");
        guardedError("qubit q;\nrz(2" + "**2".repeat(1_000_000) + ") q;", 2, 305, "nested deeper than 100 levels");
    }

    @Test
    void longOperatorChainMakesTooDeepATree() {
        // no parentheses, but the tree is a million levels deep: the compiler would recurse that far
        String source = "input float x;\nqubit q;\nrz(x" + "+x".repeat(1_000_000) + ") q;";
        guardedError(source, 3, 2003, "expression is too deep (more than 1000 levels, ParserLimits.maxExpressionDepth)");
    }

    @Test
    void constantOperatorChainsFoldAndStayFlat() {
        Circuit c = guarded(() -> new QasmParser().parse("qubit q;\nrz(1" + "+1".repeat(100_000) + ") q;"));
        assertEquals(100_001.0, Qasm.value(((io.qrun.engine.circuit.Instruction.GateCall) c.instructions().get(0))
                .arguments().get(0)), 0.0);
    }

    @Test
    void deeplyNestedIfBlocks() {
        String source = "bit c;\nqubit q;\n" + "if (c) {".repeat(100_000) + "x q;" + "}".repeat(100_000);
        guardedError(source, 3, 801, "'if' blocks nested deeper than 100 levels (ParserLimits.maxNesting)");
    }

    @Test
    void deeplyNestedIfsWithoutBraces() {
        String source = "bit c;\nqubit q;\n" + "if (c) ".repeat(100_000) + "x q;";
        guardedError(source, 3, 701, "'if' blocks nested deeper than 100 levels");
    }

    @Test
    void tooManyModifiers() {
        String source = "qubit q;\n" + "inv @ ".repeat(1_000_000) + "x q;";
        guardedError(source, 2, 601, "more than 100 gate modifiers on one gate (ParserLimits.maxNesting)");
    }

    @Test
    void sourceAboveTheSizeLimitIsRejectedUpFront() {
        String tenMegabytes = "// " + "a".repeat(10 * 1024 * 1024);
        guardedError(tenMegabytes, 1, 1, "more than the limit of 8388608 (ParserLimits.maxSourceChars)");
    }

    @Test
    void largeSourceBelowTheLimitParses() {
        // 8,000,000 chars of comment and whitespace: linear scanning, no per-token allocation
        String source = "qubit q;\n" + ("/* padding */   // more\n").repeat(333_000) + "x q;";
        Circuit c = guarded(() -> new QasmParser().parse(source));
        assertEquals(1, c.instructions().size());
    }

    @Test
    void oneMillionStatements() {
        String source = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\n" + "x $0;\n".repeat(1_000_000);
        Circuit c = guarded(() -> new QasmParser().parse(source));
        assertEquals(1_000_000, c.instructions().size());
    }

    @Test
    void broadcastingBeyondTheInstructionLimit() {
        String source = "qubit[10000] q;\n" + "h q;\n".repeat(201);
        guardedError(source, 202, 1, "more than 2000000 instructions"); // the 201st broadcast, after line 1
    }

    @Test
    void exponentialGateDefinitionsAreCountedUnrolled() {
        StringBuilder source = new StringBuilder("gate g0 a { x a; x a; }\n");
        for (int i = 1; i <= 40; i++) {
            source.append("gate g").append(i).append(" a { g").append(i - 1).append(" a; g").append(i - 1).append(" a; }\n");
        }
        source.append("qubit q;\ng40 q;\n");
        guardedError(source.toString(), 43, 1, "more than 2000000 instructions after broadcasting and unrolling gate definitions");
    }

    @Test
    void endlessOperandAndArgumentListsStopEarly() {
        guardedError("qubit[10000] q;\nreset " + "q, ".repeat(1_000_000) + "q;", 2, 13,
                "this statement references more than 20000 qubits (twice ParserLimits.maxQubits)");
        guardedError("qubit[10000] q;\nbarrier " + "q[0:9999], ".repeat(500_000) + "q;", 2, 31,
                "references more than 20000 qubits");
        guardedError("qubit q;\ncx " + "q, ".repeat(1_000_000) + "q;", 2, 60004, "references more than 20000 qubits");
        guardedError("qubit q;\nrz(" + "1, ".repeat(1_000_000) + "1) q;", 2, 1, "gate 'rz' expects 1 parameter, found 1000001");
    }

    @Test
    void customLimitsApply() {
        QasmParser small = new QasmParser(new ParserLimits(1000, 4, 2, 3, 5, 10));
        assertError(small, "qubit[5] q;", 1, 10, "limit of 4");
        assertError(small, "bit[3] c;", 1, 8, "limit of 2");
        assertError(small, "qubit q;\nrz(((((1))))) q;", 2, 7, "nested deeper than 3 levels");
        assertError(small, "qubit[4] q;\nh q;\nh q;", 3, 1, "more than 5 instructions");
        assertError(small, "x".repeat(1001), 1, 1, "more than the limit of 1000");
        assertThrows(IllegalArgumentException.class, () -> new ParserLimits(0, 1, 1, 1, 1, 1));
    }

    @Test
    void unterminatedConstructsAtEndOfInput() {
        guardedError("qubit q;\ngate g a {", 2, 10, "unterminated body of gate 'g'");
        guardedError("bit c;\nqubit q;\nif (c) {", 3, 8, "unterminated block");
        guardedError("qubit q;\nrz(1 + (2", 2, 10, "found end of input");
        guardedError("/*", 1, 1, "unterminated comment");
        guardedError("include \"stdgates.inc", 1, 9, "unterminated string");
        guardedError("bit c;\nqubit q;\nif (c)", 3, 7, "expected a statement or '{' after the condition, found end of input");
    }
}
