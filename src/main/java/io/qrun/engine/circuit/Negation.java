package io.qrun.engine.circuit;

import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** Unary minus: {@code -operand}. */
public record Negation(Expr operand) implements Expr {

    public Negation {
        Objects.requireNonNull(operand, "operand");
    }

    @Override
    public double evaluate(ToDoubleFunction<String> parameters) {
        return -operand.evaluate(parameters);
    }

    @Override
    public Set<String> parameters() {
        return operand.parameters();
    }
}
