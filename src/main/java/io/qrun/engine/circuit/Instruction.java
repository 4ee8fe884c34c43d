package io.qrun.engine.circuit;

import java.util.List;

/**
 * One instruction of a parsed circuit. Qubit operands are indices into the circuit's flat qubit
 * space (see {@link Circuit}); classical operands are indices into its flat bit space.
 */
public sealed interface Instruction {

    /**
     * A gate application as written: {@code name} is a {@link StandardGate} name or the name of a
     * {@link GateDefinition} of the circuit. {@code modifiers} are in source order (leftmost first);
     * {@code qubits} includes the control qubits that {@code ctrl} modifiers add, in source order.
     * {@code line} is the source line (1-based) for messages.
     */
    record GateCall(String name, List<Expr> arguments, int[] qubits, List<Modifier> modifiers, int line)
            implements Instruction {}

    /** {@code c[clbit] = measure q[qubit];} */
    record Measure(int qubit, int clbit, int line) implements Instruction {}

    /** {@code reset q[qubit];} */
    record Reset(int qubit, int line) implements Instruction {}

    /** {@code barrier ...;}: no effect on the state; kept so fusion does not cross it. */
    record Barrier(int[] qubits, int line) implements Instruction {}

    /**
     * {@code delay[duration] qubits;}: idle time. {@code unit} is one of {@code ns us µs ms s dt};
     * {@code duration} is the number as written.
     */
    record Delay(double duration, String unit, int[] qubits, int line) implements Instruction {}

    /** {@code if (condition) { thenBody } else { elseBody }} ({@code elseBody} empty when absent). */
    record IfElse(Condition condition, List<Instruction> thenBody, List<Instruction> elseBody, int line)
            implements Instruction {}

    /**
     * A classical condition: true when the integer formed by {@code clbits} (clbits[0] is its least
     * significant bit) equals {@code value}. {@code if (c[3])} is {@code clbits=[3], value=1};
     * {@code if (!c[3])} is value 0; {@code if (c == 5)} lists all bits of register c.
     */
    record Condition(int[] clbits, long value) {}
}
