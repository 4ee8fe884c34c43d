/**
 * From a parsed circuit to the simulator's program: the gate library ({@link
 * io.qrun.engine.compile.GateMatrices}, Qiskit's matrices), gate expansion with definitions and
 * modifiers, qubit compaction, noise from a backend calibration ({@link
 * io.qrun.engine.compile.NoiseModel}), gate folding for zero-noise extrapolation, cost-aware fusion
 * ({@link io.qrun.engine.compile.FusionCostModel}) and the modelled QPU duration and time ({@link
 * io.qrun.engine.compile.QpuTimeModel}). Entry point: {@link io.qrun.engine.compile.CircuitCompiler}.
 * Plain Java, no Jakarta EE.
 */
package io.qrun.engine.compile;
