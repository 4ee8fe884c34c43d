/**
 * The exact statevector simulator behind every Qrun backend. A compiled {@link io.qrun.engine.sim.Program}
 * runs on a complex128 {@link io.qrun.engine.sim.StateVector} (one interleaved {@code double[]},
 * little-endian qubit order); {@link io.qrun.engine.sim.Simulator} gives the final state for the
 * Estimator, single noisy trajectories, and {@link io.qrun.engine.sim.Shots} for the Sampler
 * (drawn from one final state when every measurement is terminal, per-shot trajectories
 * otherwise), and exact {@link io.qrun.engine.sim.PauliString} expectation values.
 *
 * <p>Inside, each unitary becomes a {@code GateKernel} chosen by the matrix's structure
 * (diagonal, permutation, dense 1-, 2- or k-qubit) that iterates over the subspace its controls
 * select; runs of gates on low qubits are cache-blocked into one pass; large states are split
 * across a shared fork/join pool with results bitwise identical to one thread. Dense 2x2, dense
 * 4x4 and small diagonal kernels have Vector API variants ({@code VectorKernelFactory}), used when
 * the JVM runs with {@code --add-modules jdk.incubator.vector} ({@code KernelFamily} decides once
 * and logs it); they give bitwise the scalar kernels' results. Plain Java: no Jakarta EE, no
 * dependencies.
 */
package io.qrun.engine.sim;
