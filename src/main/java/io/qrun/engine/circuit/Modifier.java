package io.qrun.engine.circuit;

/** A gate modifier of OpenQASM 3, applied right to left as written: {@code ctrl @ inv @ g}. */
public sealed interface Modifier {

    /** {@code ctrl(count) @} ({@code negative=false}) or {@code negctrl(count) @}: adds control qubits in front of the operands. */
    record Ctrl(int count, boolean negative) implements Modifier {}

    /** {@code inv @}: the inverse gate. */
    record Inv() implements Modifier {}

    /** {@code pow(k) @}: the k-th power of the gate. */
    record Pow(Expr exponent) implements Modifier {}
}
