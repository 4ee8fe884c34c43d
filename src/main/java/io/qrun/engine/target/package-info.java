/**
 * What a backend is to the engine: its {@link io.qrun.engine.target.Target} (size, basis gates,
 * directed coupling map, permissive flag, dt), its current {@link io.qrun.engine.target.Calibration}
 * (per-qubit T1, T2, readout errors and length; per-gate error and length), and the {@link
 * io.qrun.engine.target.IsaChecker} that rejects circuits not written for it. Plain Java, no
 * Jakarta EE.
 */
package io.qrun.engine.target;
