package io.qrun.engine.qasm;

/**
 * Splits OpenQASM source into tokens on demand. Works over a char array in one pass with no regular
 * expressions, so lexing is linear in the source length; whitespace and comments are skipped here.
 */
final class Lexer {

    private final char[] source;
    private int pos;
    private int line = 1;
    private int lineStart;

    Lexer(String text) {
        this.source = text.toCharArray();
        if (source.length > 0 && source[0] == '\uFEFF') {
            pos = 1; // byte-order mark left by some editors
            lineStart = 1;
        }
    }

    Token next() {
        skipWhitespaceAndComments();
        int column = pos - lineStart + 1;
        if (pos >= source.length) {
            return new Token(TokenKind.END, "", null, line, column);
        }
        char c = source[pos];
        int cp = Character.codePointAt(source, pos);
        if (isIdentifierStart(cp)) {
            return identifier(column);
        }
        if (isDigit(c) || (c == '.' && pos + 1 < source.length && isDigit(source[pos + 1]))) {
            return number(column);
        }
        if (c == '$') {
            return physicalQubit(column);
        }
        if (c == '"' || c == '\'') {
            return string(c, column);
        }
        String symbol = symbol(c);
        if (symbol == null) {
            throw new QasmException(line, column, "unexpected character '" + new String(Character.toChars(cp))
                    + "' (U+" + String.format("%04X", cp) + ")");
        }
        pos += symbol.length();
        return new Token(TokenKind.SYMBOL, symbol, null, line, column);
    }

    private void skipWhitespaceAndComments() {
        while (pos < source.length) {
            char c = source[pos];
            if (c == '\n') {
                newLine(pos + 1);
            } else if (c == '\r') {
                // \r\n counts once; a lone \r is an old Mac line end
                int after = pos + 1 < source.length && source[pos + 1] == '\n' ? pos + 2 : pos + 1;
                newLine(after);
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u00A0') {
                pos++;
            } else if (c == '/' && pos + 1 < source.length && source[pos + 1] == '/') {
                while (pos < source.length && source[pos] != '\n' && source[pos] != '\r') {
                    pos++;
                }
            } else if (c == '/' && pos + 1 < source.length && source[pos + 1] == '*') {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    private void newLine(int next) {
        pos = next;
        line++;
        lineStart = next;
    }

    private void skipBlockComment() {
        int startLine = line;
        int startColumn = pos - lineStart + 1;
        pos += 2;
        while (pos < source.length) {
            char c = source[pos];
            if (c == '*' && pos + 1 < source.length && source[pos + 1] == '/') {
                pos += 2;
                return;
            }
            if (c == '\n') {
                newLine(pos + 1);
            } else if (c == '\r') {
                newLine(pos + 1 < source.length && source[pos + 1] == '\n' ? pos + 2 : pos + 1);
            } else {
                pos++;
            }
        }
        throw new QasmException(startLine, startColumn, "unterminated comment: '/*' has no closing '*/'");
    }

    private Token identifier(int column) {
        int start = pos;
        while (pos < source.length) {
            int cp = Character.codePointAt(source, pos);
            if (!isIdentifierPart(cp)) {
                break;
            }
            pos += Character.charCount(cp);
        }
        return new Token(TokenKind.IDENTIFIER, new String(source, start, pos - start), null, line, column);
    }

    private Token number(int column) {
        int start = pos;
        if (source[pos] == '0' && pos + 2 < source.length) {
            int radix = radixOf(source[pos + 1]);
            if (radix != 0 && Character.digit(source[pos + 2], radix) >= 0) {
                pos += 2;
                while (pos < source.length && Character.digit(source[pos], radix) >= 0) {
                    pos++;
                }
                rejectTrailingLetters(start, column);
                return new Token(TokenKind.INTEGER, new String(source, start, pos - start), null, line, column);
            }
        }
        boolean real = false;
        skipDigits();
        if (pos < source.length && source[pos] == '.') {
            real = true;
            pos++;
            skipDigits();
        }
        if (pos < source.length && (source[pos] == 'e' || source[pos] == 'E')) {
            int exponent = pos + 1;
            if (exponent < source.length && (source[exponent] == '+' || source[exponent] == '-')) {
                exponent++;
            }
            if (exponent < source.length && isDigit(source[exponent])) {
                real = true;
                pos = exponent;
                skipDigits();
            }
        }
        String text = new String(source, start, pos - start);
        if (pos < source.length && isIdentifierStart(Character.codePointAt(source, pos))) {
            int unitStart = pos;
            int unitColumn = pos - lineStart + 1;
            Token word = identifier(unitColumn);
            if (isTimeUnit(word.text())) {
                return new Token(TokenKind.DURATION, text, word.text(), line, column);
            }
            pos = unitStart;
            throw new QasmException(line, unitColumn, "unexpected '" + word.text() + "' right after the number "
                    + text + ": write an operator between them (e.g. " + text + "*" + word.text() + ")");
        }
        return new Token(real ? TokenKind.REAL : TokenKind.INTEGER, text, null, line, column);
    }

    private void rejectTrailingLetters(int start, int column) {
        if (pos < source.length && isIdentifierPart(Character.codePointAt(source, pos))) {
            throw new QasmException(line, column, "malformed number literal starting '"
                    + new String(source, start, pos - start + 1) + "'");
        }
    }

    private static int radixOf(char c) {
        switch (c) {
            case 'x':
            case 'X':
                return 16;
            case 'o':
                return 8;
            case 'b':
            case 'B':
                return 2;
            default:
                return 0;
        }
    }

    private void skipDigits() {
        while (pos < source.length && isDigit(source[pos])) {
            pos++;
        }
    }

    private Token physicalQubit(int column) {
        pos++;
        int start = pos;
        skipDigits();
        if (pos == start) {
            throw new QasmException(line, column, "expected a physical qubit number after '$' (like $0)");
        }
        return new Token(TokenKind.PHYSICAL_QUBIT, new String(source, start, pos - start), null, line, column);
    }

    private Token string(char quote, int column) {
        pos++;
        int start = pos;
        while (pos < source.length && source[pos] != quote) {
            if (source[pos] == '\n' || source[pos] == '\r') {
                break;
            }
            pos++;
        }
        if (pos >= source.length || source[pos] != quote) {
            throw new QasmException(line, column, "unterminated string: " + quote + " has no closing " + quote
                    + " on the same line");
        }
        String text = new String(source, start, pos - start);
        pos++;
        return new Token(TokenKind.STRING, text, null, line, column);
    }

    /** The operator or punctuation starting at pos (longest match), or null. */
    private String symbol(char c) {
        char n = pos + 1 < source.length ? source[pos + 1] : '\0';
        switch (c) {
            case ';': return ";";
            case ',': return ",";
            case '(': return "(";
            case ')': return ")";
            case '[': return "[";
            case ']': return "]";
            case '{': return "{";
            case '}': return "}";
            case ':': return ":";
            case '@': return "@";
            case '.': return ".";
            case '~': return "~";
            case '+': return n == '=' ? "+=" : n == '+' ? "++" : "+";
            case '-': return n == '>' ? "->" : n == '=' ? "-=" : "-";
            case '*': return n == '*' ? "**" : n == '=' ? "*=" : "*";
            case '/': return n == '=' ? "/=" : "/";
            case '%': return n == '=' ? "%=" : "%";
            case '=': return n == '=' ? "==" : "=";
            case '!': return n == '=' ? "!=" : "!";
            case '<': return n == '=' ? "<=" : n == '<' ? "<<" : "<";
            case '>': return n == '=' ? ">=" : n == '>' ? ">>" : ">";
            case '&': return n == '&' ? "&&" : n == '=' ? "&=" : "&";
            case '|': return n == '|' ? "||" : n == '=' ? "|=" : "|";
            case '^': return n == '=' ? "^=" : "^";
            case '#': return "#";
            default: return null;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(int cp) {
        return cp == '_' || Character.isLetter(cp);
    }

    private static boolean isIdentifierPart(int cp) {
        return cp == '_' || Character.isLetterOrDigit(cp);
    }

    static boolean isTimeUnit(String word) {
        switch (word) {
            case "ns":
            case "us":
            case "µs":
            case "μs":
            case "ms":
            case "s":
            case "dt":
                return true;
            default:
                return false;
        }
    }
}
