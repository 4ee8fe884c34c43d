package io.qrun.engine.sim;

import java.util.List;

/**
 * A circuit compiled for the simulator: parameters bound, gates expanded to matrices (fused where
 * that saves passes), qubits compacted to the ones the circuit uses.
 *
 * <p>{@code dynamic} is true when one state cannot serve every shot: a measurement or reset that is
 * followed by a gate on its qubit, a conditional, or a noise op. Otherwise every Measure is
 * terminal and shots are sampled from one final state.
 */
public record Program(int numQubits, int numClbits, List<Op> ops, boolean dynamic) {}
