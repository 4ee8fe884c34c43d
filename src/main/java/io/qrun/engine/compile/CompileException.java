package io.qrun.engine.compile;

/**
 * A circuit that parsed cannot be compiled: an unknown gate, a wrong number of arguments, an
 * expansion larger than the budget, a construct the compiler does not support. The message says
 * what, where (source line) and how to fix it.
 */
public class CompileException extends IllegalArgumentException {

    public CompileException(String message) {
        super(message);
    }
}
