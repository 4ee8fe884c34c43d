package io.qrun.engine.qasm;

import io.qrun.engine.circuit.Expr;

/** Turns an identifier in an expression into the parameter it names, or fails naming what is in scope. */
@FunctionalInterface
interface NameResolver {
    Expr resolve(Token identifier);
}
