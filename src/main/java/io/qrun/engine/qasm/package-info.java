/**
 * OpenQASM 3 and OpenQASM 2 front end: turns program text into an
 * {@link io.qrun.engine.circuit.Circuit}.
 *
 * <p>{@link io.qrun.engine.qasm.QasmParser} is the entry point. Inside, a char-array
 * {@code Lexer} feeds a {@code TokenStream} with two tokens of lookahead; {@code ProgramParser}
 * parses statements, {@code ExpressionParser} gate arguments, and {@code RegisterTable} and
 * {@code GateTable} hold the program's names. There is no separate syntax tree: statements become
 * circuit instructions as they are parsed, which keeps memory proportional to the circuit.
 *
 * <p>Every failure is a {@link io.qrun.engine.qasm.QasmException} with a line and column;
 * {@link io.qrun.engine.qasm.ParserLimits} bound what hostile input can make the parser allocate
 * or how deep it can make it recurse. Plain Java: nothing here knows about the server.
 */
package io.qrun.engine.qasm;
