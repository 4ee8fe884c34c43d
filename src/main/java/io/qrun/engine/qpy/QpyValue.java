package io.qrun.engine.qpy;

import io.qrun.engine.circuit.Expr;
import java.util.List;

/** One decoded QPY value (an instruction parameter, a global phase): the kinds the reader gives meaning to. */
sealed interface QpyValue {

    /** {@code 'i'} or {@code 'f'} (and a complex number whose imaginary part is 0). */
    record Number(double value) implements QpyValue {}

    /** {@code 'p'}, {@code 'v'} or {@code 'e'}: a parameter or parameter expression. */
    record Symbolic(Expr expr) implements QpyValue {}

    /** {@code 's'}. */
    record Text(String value) implements QpyValue {}

    /** {@code 'z'}: Python's None (the missing else-block of an if). */
    record Null() implements QpyValue {}

    /** {@code 'q'}: a circuit, the body of a control-flow block. */
    record Block(CircuitBody body) implements QpyValue {}

    /** {@code 'R'}: a classical register by name, or one clbit by index ({@code register} null). */
    record RegisterRef(String register, int clbit) implements QpyValue {}

    /** {@code 't'}. */
    record Tuple(List<QpyValue> items) implements QpyValue {}

    /** {@code 'm'}: a modifier of an annotated operation: {@code kind} 'i' (inverse), 'c' (control) or 'p' (power). */
    record Modifier(char kind, long numCtrlQubits, long ctrlState, double power) implements QpyValue {}

    /** {@code 'x'}: a classical expression (an if condition, a switch target). */
    record Classical(ClassicalExpression expression) implements QpyValue {}

    /** A value the reader skipped because no instruction Qrun runs needs it ({@code 'n'} numpy data, classical expressions, ...). */
    record Opaque(char type, String description) implements QpyValue {}

    /** For messages: what kind of value this is. */
    static String describe(QpyValue v) {
        if (v instanceof Number n) {
            return "the number " + n.value();
        }
        if (v instanceof Symbolic) {
            return "a parameter expression";
        }
        if (v instanceof Text t) {
            return "the string '" + t.value() + "'";
        }
        if (v instanceof Null) {
            return "None";
        }
        if (v instanceof Block) {
            return "a circuit";
        }
        if (v instanceof RegisterRef) {
            return "a classical register or bit";
        }
        if (v instanceof Tuple) {
            return "a tuple";
        }
        if (v instanceof Modifier) {
            return "a gate modifier";
        }
        if (v instanceof Classical c) {
            return "the classical expression " + ClassicalExpression.describe(c.expression());
        }
        return ((Opaque) v).description();
    }
}
