package io.qrun.engine.qpy;

import java.util.List;
import java.util.Map;

/**
 * One circuit payload as QPY stores it, before it becomes circuit-model instructions: the top-level
 * circuit, a custom gate's definition or a control-flow block.
 *
 * @param offset       where the payload starts, for messages
 * @param numQubits    the circuit's qubits ({@code num_qubits})
 * @param numClbits    the circuit's clbits
 * @param globalPhase  a {@link QpyValue.Number} or {@link QpyValue.Symbolic}
 * @param clbitRegisters every classical register QPY lists, by name (bit indices, -1 for a bit not in the circuit)
 * @param registerOrder the classical registers that are part of the circuit, in circuit order
 * @param customs      the custom definitions table, by the instruction name that refers to it
 * @param instructions in circuit order
 * @param hasLayout    whether the circuit carries a transpile layout (it was laid out on physical qubits)
 */
record CircuitBody(
        long offset,
        int numQubits,
        int numClbits,
        QpyValue globalPhase,
        Map<String, long[]> clbitRegisters,
        List<String> registerOrder,
        Map<String, CustomOperation> customs,
        List<RawInstruction> instructions,
        boolean hasLayout) {

    /** A row of the custom definitions table. {@code type} is 'g' gate, 'i' instruction, 'c' controlled gate, 'a' annotated, 'p' Pauli evolution. */
    record CustomOperation(long offset, String name, char type, int numQubits, int numClbits, CircuitBody definition,
            long numCtrlQubits, long ctrlState, RawInstruction baseGate) {}

    /**
     * One {@code INSTRUCTION}. {@code conditionKind} is 0 (none), 1 ({@code conditionTarget}, a
     * register or clbit, equals {@code conditionValue}) or 2 ({@code conditionExpression}).
     */
    record RawInstruction(long offset, String className, int[] qubits, int[] clbits, List<QpyValue> params,
            int conditionKind, QpyValue.RegisterRef conditionTarget, ClassicalExpression conditionExpression,
            long conditionValue, long numCtrlQubits, long ctrlState) {}
}
