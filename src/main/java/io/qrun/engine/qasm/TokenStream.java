package io.qrun.engine.qasm;

/**
 * The lexer's tokens with two tokens of lookahead, plus the "expected X, found Y" error helpers the
 * parsers share. Keeps no token history, so memory stays constant however long the source is.
 */
final class TokenStream {

    private final Lexer lexer;
    private final Token[] ahead = new Token[3];
    private int buffered;

    TokenStream(Lexer lexer) {
        this.lexer = lexer;
    }

    /** The next token, not consumed. */
    Token peek() {
        return peek(0);
    }

    /** The token {@code k} places ahead (k &lt; 3), not consumed. */
    Token peek(int k) {
        while (buffered <= k) {
            // the END token repeats, so lookahead past the end is safe
            ahead[buffered] = buffered > 0 && ahead[buffered - 1].kind() == TokenKind.END
                    ? ahead[buffered - 1] : lexer.next();
            buffered++;
        }
        return ahead[k];
    }

    Token advance() {
        Token t = peek();
        ahead[0] = ahead[1];
        ahead[1] = ahead[2];
        ahead[2] = null;
        buffered--;
        return t;
    }

    boolean atSymbol(String symbol) {
        return peek().isSymbol(symbol);
    }

    /** Consumes the symbol if it is next. */
    boolean acceptSymbol(String symbol) {
        if (atSymbol(symbol)) {
            advance();
            return true;
        }
        return false;
    }

    /** Consumes {@code symbol} or fails with "expected 'symbol' context, found ...". */
    Token expectSymbol(String symbol, String context) {
        if (!atSymbol(symbol)) {
            throw expected("'" + symbol + "'" + (context.isEmpty() ? "" : " " + context));
        }
        return advance();
    }

    /** Like {@link #expectSymbol(String, String)}, building the context only on error (hot paths). */
    Token expectSymbol(String symbol, java.util.function.Supplier<String> context) {
        if (!atSymbol(symbol)) {
            throw expected("'" + symbol + "' " + context.get());
        }
        return advance();
    }

    Token expectIdentifier(String what) {
        if (peek().kind() != TokenKind.IDENTIFIER) {
            throw expected(what);
        }
        return advance();
    }

    /** A non-negative integer literal that fits an int. */
    int expectInt(String what) {
        Token t = peek();
        if (t.kind() != TokenKind.INTEGER) {
            throw expected(what);
        }
        advance();
        long value = integerValue(t);
        if (value > Integer.MAX_VALUE) {
            throw error(t, "integer " + t.text() + " is too large for " + what);
        }
        return (int) value;
    }

    /** Value of an INTEGER token; fails rather than wrap around on overflow. */
    static long integerValue(Token t) {
        String text = t.text();
        int radix = 10;
        int start = 0;
        if (text.length() > 2 && text.charAt(0) == '0' && Character.isLetter(text.charAt(1))) {
            char r = Character.toLowerCase(text.charAt(1));
            radix = r == 'x' ? 16 : r == 'o' ? 8 : 2;
            start = 2;
        }
        try {
            return Long.parseLong(text, start, text.length(), radix);
        } catch (NumberFormatException e) {
            throw new QasmException(t.line(), t.column(), "integer " + text + " is too large");
        }
    }

    /** "expected WHAT, found 'x'" at the next token. */
    QasmException expected(String what) {
        Token t = peek();
        return error(t, "expected " + what + ", found " + t.describe());
    }

    static QasmException error(Token at, String message) {
        return new QasmException(at.line(), at.column(), message);
    }
}
