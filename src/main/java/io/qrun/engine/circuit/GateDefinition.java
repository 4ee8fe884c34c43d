package io.qrun.engine.circuit;

import java.util.List;

/**
 * A {@code gate name(params) q0, q1, ... { body }} definition. Inside {@code body}, qubit
 * operands are local indices {@code 0..numQubits-1} (in the order of the definition's qubit
 * arguments) and argument expressions read the definition's parameter names.
 */
public record GateDefinition(String name, List<String> parameters, int numQubits, List<Instruction.GateCall> body) {}
