package io.qrun.engine.circuit;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** {@code left op right}. */
public record BinaryOperation(BinaryOperator operator, Expr left, Expr right) implements Expr {

    public BinaryOperation {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public double evaluate(ToDoubleFunction<String> parameters) {
        return operator.apply(left.evaluate(parameters), right.evaluate(parameters));
    }

    @Override
    public Set<String> parameters() {
        Set<String> l = left.parameters();
        Set<String> r = right.parameters();
        if (r.isEmpty()) {
            return l;
        }
        if (l.isEmpty()) {
            return r;
        }
        Set<String> union = new HashSet<>(l);
        union.addAll(r);
        return Set.copyOf(union);
    }
}
