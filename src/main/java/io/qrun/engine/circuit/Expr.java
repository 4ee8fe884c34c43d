package io.qrun.engine.circuit;

import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A real-valued expression in a gate argument: constants, {@code input float[64]} parameters,
 * gate-definition parameters, arithmetic and the OpenQASM built-in functions. Expressions stay
 * symbolic in a {@link Circuit} so that one parsed circuit can be bound to many parameter sets.
 */
public interface Expr {

    /** Evaluates the expression; {@code parameters} answers the value of each free name. */
    double evaluate(ToDoubleFunction<String> parameters);

    /** The free parameter names this expression reads (empty for constants). */
    Set<String> parameters();

    /** An expression that is the number {@code value}. */
    static Expr constant(double value) {
        return new Constant(value);
    }

    /** A constant expression. */
    record Constant(double value) implements Expr {
        @Override
        public double evaluate(ToDoubleFunction<String> parameters) {
            return value;
        }

        @Override
        public Set<String> parameters() {
            return Set.of();
        }
    }
}
