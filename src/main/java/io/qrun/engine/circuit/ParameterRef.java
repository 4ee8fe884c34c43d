package io.qrun.engine.circuit;

import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A free name in an expression: an {@code input float} parameter of the circuit, or a parameter of
 * the enclosing {@code gate} definition. Its value comes from the binding passed to
 * {@link #evaluate}.
 */
public record ParameterRef(String name) implements Expr {

    public ParameterRef {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public double evaluate(ToDoubleFunction<String> parameters) {
        return parameters.applyAsDouble(name);
    }

    @Override
    public Set<String> parameters() {
        return Set.of(name);
    }
}
