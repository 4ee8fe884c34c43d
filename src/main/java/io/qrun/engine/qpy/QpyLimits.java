package io.qrun.engine.qpy;

import io.qrun.engine.qasm.ParserLimits;

/**
 * Bounds on what a QPY payload may make the reader allocate or how deep it may make it recurse:
 * the same bounds the OpenQASM parser has ({@link ParserLimits}), so a circuit is accepted or
 * refused alike in either form. Every limit is checked before the work it guards (a register's
 * size against the bytes that remain and against {@code maxClbits} before its index array is
 * allocated, nesting while descending into custom definitions and control-flow blocks).
 *
 * @param maxQubits          most qubits a circuit may have
 * @param maxClbits          most classical bits a circuit may have
 * @param maxNesting         deepest nesting of custom definitions and control-flow blocks
 * @param maxInstructions    most instructions after inlining custom definitions
 * @param maxExpressionDepth deepest parameter-expression tree
 */
public record QpyLimits(int maxQubits, int maxClbits, int maxNesting, int maxInstructions, int maxExpressionDepth) {

    public QpyLimits {
        requirePositive(maxQubits, "maxQubits");
        requirePositive(maxClbits, "maxClbits");
        requirePositive(maxNesting, "maxNesting");
        requirePositive(maxInstructions, "maxInstructions");
        requirePositive(maxExpressionDepth, "maxExpressionDepth");
    }

    /** The OpenQASM parser's defaults ({@link ParserLimits#defaults()}). */
    public static QpyLimits defaults() {
        return of(ParserLimits.defaults());
    }

    /** The limits of {@code parser} that apply to a binary circuit. */
    public static QpyLimits of(ParserLimits parser) {
        return new QpyLimits(parser.maxQubits(), parser.maxClbits(), parser.maxNesting(), parser.maxInstructions(),
                parser.maxExpressionDepth());
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException("QpyLimits." + name + " must be positive, was " + value);
        }
    }
}
