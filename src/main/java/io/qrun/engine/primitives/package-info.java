/**
 * The Sampler and Estimator primitives (V2) and the facade the service calls.
 *
 * <p>{@link io.qrun.engine.primitives.PrimitiveEngine} splits a job into the phases of the
 * service's batch job: {@code validate} (PUB forms, numpy broadcasting of parameter values and
 * observables, option keys, limits, QASM syntax; a {@link io.qrun.engine.primitives.PrimitiveInputException}
 * names the path), {@code prepare} per PUB (ISA check, one compiled program per parameter set and
 * noise factor, QPU time), {@code execute} per PUB (sampling, or exact / shot-noise / measured
 * expectation values with readout mitigation and zero-noise extrapolation) and {@code assemble}.
 * Inputs and results are plain JSON trees (maps, lists, strings, numbers, booleans, null), in the
 * shapes of docs/primitives-engine.md. Plain Java: no Jakarta EE here.
 */
package io.qrun.engine.primitives;
