package io.qrun.engine.qasm;

import java.util.Optional;

/** OpenQASM 3's built-in real constants and their Unicode spellings. */
final class BuiltinConstants {

    private BuiltinConstants() {}

    static Optional<Double> value(String name) {
        switch (name) {
            case "pi":
            case "π":
                return Optional.of(Math.PI);
            case "tau":
            case "τ":
                return Optional.of(2 * Math.PI);
            case "euler":
            case "ℇ":
                return Optional.of(Math.E);
            default:
                return Optional.empty();
        }
    }

    static boolean isConstant(String name) {
        return value(name).isPresent();
    }
}
