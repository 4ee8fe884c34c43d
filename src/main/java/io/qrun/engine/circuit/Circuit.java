package io.qrun.engine.circuit;

import java.util.List;
import java.util.Map;

/**
 * A parsed OpenQASM circuit, with parameters still symbolic.
 *
 * <p>Qubits: when the program declares registers ({@code qubit[n] q;}, {@code qreg}), they are
 * flattened in declaration order into indices {@code 0..numQubits-1}. When it uses physical qubits
 * ({@code $n}), index n is physical qubit n and {@code numQubits} is the largest used index + 1
 * ({@code physicalQubits} is then true). The two styles cannot be mixed.
 *
 * <p>{@code parameters} are the {@code input float} names in declaration order (Qiskit writes
 * them sorted, which is the order in which array-valued parameter values are read).
 *
 * <p>{@code definitions} holds every {@code gate} definition by name (standard gates are not in it).
 */
public record Circuit(
        int numQubits,
        boolean physicalQubits,
        List<ClassicalRegister> registers,
        int numClbits,
        List<String> parameters,
        Map<String, GateDefinition> definitions,
        List<Instruction> instructions) {}
