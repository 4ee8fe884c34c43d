package io.qrun.engine.qasm;

/** One token with its 1-based position; {@code unit} is set only for {@link TokenKind#DURATION}. */
record Token(TokenKind kind, String text, String unit, int line, int column) {

    boolean isSymbol(String symbol) {
        return kind == TokenKind.SYMBOL && text.equals(symbol);
    }

    boolean isIdentifier(String name) {
        return kind == TokenKind.IDENTIFIER && text.equals(name);
    }

    /** How the token reads in an error message: {@code 'h'}, {@code "x.inc"}, or end of input. */
    String describe() {
        switch (kind) {
            case END:
                return "end of input";
            case STRING:
                return "\"" + text + "\"";
            case PHYSICAL_QUBIT:
                return "'$" + text + "'";
            case DURATION:
                return "'" + text + unit + "'";
            default:
                return "'" + text + "'";
        }
    }
}
