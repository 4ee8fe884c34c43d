package io.qrun.engine.circuit;

/** The arithmetic operators of OpenQASM gate arguments, evaluated in double precision. */
public enum BinaryOperator {
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    DIVIDE("/"),
    /** {@code a ** b}: right-associative and binds tighter than unary minus, as in OpenQASM 3. */
    POWER("**");

    private final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in OpenQASM. */
    public String symbol() {
        return symbol;
    }

    public double apply(double left, double right) {
        switch (this) {
            case ADD:
                return left + right;
            case SUBTRACT:
                return left - right;
            case MULTIPLY:
                return left * right;
            case DIVIDE:
                return left / right;
            case POWER:
                return Math.pow(left, right);
            default:
                throw new AssertionError(this);
        }
    }
}
