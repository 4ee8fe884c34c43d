package io.qrun.engine.qasm;

/**
 * Bounds that keep hostile or accidental input from exhausting memory, stack or time. Every limit
 * is checked before the work it guards is done (a register size before any allocation, nesting
 * while descending), so the parser ends with a {@link QasmException} naming the limit instead of an
 * OutOfMemoryError or StackOverflowError.
 *
 * @param maxSourceChars     longest accepted source, in chars
 * @param maxQubits          most qubits a program may declare (or highest physical qubit + 1)
 * @param maxClbits          most classical bits a program may declare
 * @param maxNesting         deepest nesting of parentheses, {@code if} blocks and gate modifiers
 * @param maxInstructions    most instructions after broadcasting and after expanding gate definitions
 * @param maxExpressionDepth deepest expression tree (long operator chains like {@code a+b+c+...}
 *                           are deep without parentheses; the compiler evaluates them recursively)
 */
public record ParserLimits(
        int maxSourceChars,
        int maxQubits,
        int maxClbits,
        int maxNesting,
        int maxInstructions,
        int maxExpressionDepth) {

    public ParserLimits {
        requirePositive(maxSourceChars, "maxSourceChars");
        requirePositive(maxQubits, "maxQubits");
        requirePositive(maxClbits, "maxClbits");
        requirePositive(maxNesting, "maxNesting");
        requirePositive(maxInstructions, "maxInstructions");
        requirePositive(maxExpressionDepth, "maxExpressionDepth");
    }

    /** 8 MiB chars, 10,000 qubits, 100,000 bits, nesting 100, 2,000,000 instructions, expression depth 1,000. */
    public static ParserLimits defaults() {
        return new ParserLimits(8 * 1024 * 1024, 10_000, 100_000, 100, 2_000_000, 1_000);
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException("ParserLimits." + name + " must be positive, was " + value);
        }
    }
}
