package io.qrun.engine.circuit;

import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/** The built-in real functions OpenQASM allows in gate arguments. */
public enum MathFunction {
    SIN("sin", Math::sin),
    COS("cos", Math::cos),
    TAN("tan", Math::tan),
    EXP("exp", Math::exp),
    LN("ln", Math::log),
    SQRT("sqrt", Math::sqrt),
    ARCSIN("arcsin", Math::asin),
    ARCCOS("arccos", Math::acos),
    ARCTAN("arctan", Math::atan);

    private final String qasmName;
    private final DoubleUnaryOperator function;

    MathFunction(String qasmName, DoubleUnaryOperator function) {
        this.qasmName = qasmName;
        this.function = function;
    }

    /** The OpenQASM 3 name of the function. */
    public String qasmName() {
        return qasmName;
    }

    public double apply(double argument) {
        return function.applyAsDouble(argument);
    }

    /**
     * The function called {@code name}: the OpenQASM 3 names, plus {@code asin}, {@code acos} and
     * {@code atan}, which some OpenQASM 2 tools write.
     */
    public static Optional<MathFunction> byName(String name) {
        switch (name) {
            case "asin":
                return Optional.of(ARCSIN);
            case "acos":
                return Optional.of(ARCCOS);
            case "atan":
                return Optional.of(ARCTAN);
            default:
                for (MathFunction f : values()) {
                    if (f.qasmName.equals(name)) {
                        return Optional.of(f);
                    }
                }
                return Optional.empty();
        }
    }
}
