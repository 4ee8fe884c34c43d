package io.qrun.engine.qasm;

/** Lexical categories of OpenQASM. Keywords are identifiers; the parser decides by their text. */
enum TokenKind {
    IDENTIFIER,
    /** Integer literal, decimal or {@code 0x/0o/0b}. */
    INTEGER,
    /** Real literal: {@code 1.5}, {@code .5}, {@code 1e3}. */
    REAL,
    /** A number followed by a time unit: {@code 100ns}; {@link Token#unit()} holds the unit. */
    DURATION,
    /** {@code "..."}; the text is the content without quotes. */
    STRING,
    /** {@code $17}; the text is the digits. */
    PHYSICAL_QUBIT,
    /** Operators and punctuation; the text is the symbol. */
    SYMBOL,
    END
}
