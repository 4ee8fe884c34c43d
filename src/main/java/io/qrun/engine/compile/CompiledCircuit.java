package io.qrun.engine.compile;

import io.qrun.engine.sim.Program;

/**
 * A circuit compiled for one parameter set.
 *
 * @param program what the simulator runs; program qubit i is circuit qubit {@code circuitQubits[i]}
 * @param circuitQubits the circuit qubits the program simulates, ascending
 * @param durationSeconds the modelled duration of one shot on the QPU (ASAP schedule of gate,
 *     measurement and delay lengths), excluding the repetition delay
 */
public record CompiledCircuit(Program program, int[] circuitQubits, double durationSeconds) {}
