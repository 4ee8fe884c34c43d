package io.qrun.engine.circuit;

import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** {@code function(argument)}, e.g. {@code sin(theta/2)}. */
public record FunctionCall(MathFunction function, Expr argument) implements Expr {

    public FunctionCall {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(argument, "argument");
    }

    @Override
    public double evaluate(ToDoubleFunction<String> parameters) {
        return function.apply(argument.evaluate(parameters));
    }

    @Override
    public Set<String> parameters() {
        return argument.parameters();
    }
}
