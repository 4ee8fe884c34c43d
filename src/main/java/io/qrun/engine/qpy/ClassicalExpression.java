package io.qrun.engine.qpy;

/**
 * A classical expression ({@code expr.Expr}) as QPY 9+ encodes it: a type code, an
 * {@code EXPR_TYPE}, a payload and the children. Only what an {@code if} condition built from bits
 * and registers needs is kept; {@link #describe} names the rest for messages.
 */
sealed interface ClassicalExpression {

    /** {@code Var} on one clbit ({@code register} null) or on a whole register. */
    record Var(int clbit, String register) implements ClassicalExpression {}

    /** An integer or boolean literal (true is 1). */
    record Value(long value, boolean isBool) implements ClassicalExpression {}

    /** {@code Cast}; an implicit cast does not change what a comparison means. */
    record Cast(ClassicalExpression operand, boolean implicit) implements ClassicalExpression {}

    /** {@code Unary}: op 1 bit-not, 2 logic-not, 3 negate. */
    record Unary(int op, ClassicalExpression operand) implements ClassicalExpression {}

    /** {@code Binary}: op 6 equal, 7 not-equal, others (and/or/xor, orderings, shifts...) kept for messages. */
    record Binary(int op, ClassicalExpression left, ClassicalExpression right) implements ClassicalExpression {}

    /** Anything else (floats, durations, stretches, standalone variables, indexing). */
    record Other(String what) implements ClassicalExpression {}

    static String describe(ClassicalExpression e) {
        if (e instanceof Var v) {
            return v.register() == null ? "clbit " + v.clbit() : v.register();
        }
        if (e instanceof Value v) {
            return v.isBool() ? (v.value() != 0 ? "true" : "false") : Long.toString(v.value());
        }
        if (e instanceof Cast c) {
            return describe(c.operand());
        }
        if (e instanceof Unary u) {
            return (u.op() == 1 ? "~" : u.op() == 2 ? "!" : "-") + describe(u.operand());
        }
        if (e instanceof Binary b) {
            String[] ops = {"?", "&", "|", "^", "&&", "||", "==", "!=", "<", "<=", ">", ">=", "<<", ">>", "+", "-", "*", "/"};
            String op = b.op() >= 0 && b.op() < ops.length ? ops[b.op()] : "op" + b.op();
            return "(" + describe(b.left()) + " " + op + " " + describe(b.right()) + ")";
        }
        return ((Other) e).what();
    }
}
