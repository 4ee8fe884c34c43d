package io.qrun.engine.qasm;

import io.qrun.engine.circuit.Circuit;
import java.util.Objects;

/**
 * Parses OpenQASM 3 (and OpenQASM 2 with {@code qelib1.inc}) into a {@link Circuit}: a hand-written
 * lexer and recursive-descent parser, linear in the source length. Everything Qiskit's
 * {@code qasm3.dumps} writes for sampler and estimator circuits is accepted; control flow other
 * than {@code if}/{@code else}, classical computation and pulse-level constructs are rejected by
 * name. Every error is a {@link QasmException} with line and column; {@link ParserLimits} bound
 * size, nesting and instruction count so that no input can exhaust memory or the stack.
 *
 * <p>Instances hold only the limits: one parser may be shared by many threads.
 */
public final class QasmParser {

    private final ParserLimits limits;

    public QasmParser() {
        this(ParserLimits.defaults());
    }

    public QasmParser(ParserLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Parses {@code source}; throws {@link QasmException} when it is not a program Qrun can run. */
    public Circuit parse(String source) {
        Objects.requireNonNull(source, "source");
        if (source.length() > limits.maxSourceChars()) {
            throw new QasmException(1, 1, "the program has " + source.length() + " characters, more than the limit of "
                    + limits.maxSourceChars() + " (ParserLimits.maxSourceChars)");
        }
        return new ProgramParser(source, limits).parseProgram();
    }
}
