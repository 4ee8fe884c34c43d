package io.qrun.engine.qasm;

/**
 * An OpenQASM source that Qrun cannot turn into a circuit: a syntax error, a semantic error
 * (unknown gate, wrong arity, out-of-range index) or a construct Qrun does not support. The message
 * always starts with the position: {@code "line 3, column 12: expected ';' after statement, found 'h'"}.
 */
public class QasmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String detail;

    public QasmException(int line, int column, String detail) {
        super("line " + line + ", column " + column + ": " + detail);
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** 1-based source line of the offending token. */
    public int line() {
        return line;
    }

    /** 1-based column (in UTF-16 chars) of the offending token. */
    public int column() {
        return column;
    }

    /** The message without its position prefix. */
    public String detail() {
        return detail;
    }
}
