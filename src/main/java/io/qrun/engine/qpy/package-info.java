/**
 * QPY front end: turns the binary circuits the {@code qiskit-ibm-runtime} client sends (QPY format
 * versions 13 to 17) into the same {@link io.qrun.engine.circuit.Circuit} model the OpenQASM parser
 * builds, so compilation and simulation do not know which form a circuit came in.
 *
 * <p>{@link io.qrun.engine.qpy.QpyReader} is the entry point. Inside, a {@code ByteReader} checks
 * every length against the bytes that remain before it reads or allocates; {@code CircuitBodyReader}
 * reads one circuit payload (header, registers, custom definitions, instructions, layout) into a
 * {@code CircuitBody} close to the format, recursing into custom definitions and control-flow
 * blocks (which are circuit payloads themselves); {@code ValueReader} decodes typed values and
 * {@code ParameterExpressionReader} replays QPY's own parameter-expression encoding (version 13+)
 * into circuit expressions; {@code ParameterSymbols} gives parameters Qiskit's names and order.
 * {@code ClassicalExpressionReader} reads the classical expressions of conditions, which
 * {@code ExpressionConditions} turns into the model's bit comparisons where it can.
 * {@code CircuitConverter} then maps Qiskit's gate classes to the engine's gates
 * ({@code QiskitGateNames}), inlines custom gates from their per-instance definitions and
 * {@code box} bodies, and turns {@code if_else} into the model's if.
 *
 * <p>Every failure is a {@link io.qrun.engine.qpy.QpyException} with the byte offset and what was
 * expected; {@link io.qrun.engine.qpy.QpyLimits} (the OpenQASM parser's limits) bound qubits, bits,
 * nesting, instructions and expression depth. Plain Java: nothing here knows about the server.
 */
package io.qrun.engine.qpy;
