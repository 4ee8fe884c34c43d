/**
 * The Qiskit client's typed JSON values that are not plain JSON: standard base64 of zlib-compressed
 * bytes ({@link io.qrun.engine.qiskit.CompressedBase64}, bounded inflation) holding QPY circuits or
 * numpy {@code .npy} arrays ({@link io.qrun.engine.qiskit.NpyReader},
 * {@link io.qrun.engine.qiskit.NpyWriter}), as qiskit_ibm_runtime's {@code RuntimeEncoder} and
 * {@code RuntimeDecoder} write and read them. Every failure is a
 * {@link io.qrun.engine.qiskit.QiskitWireException}. Plain Java: nothing here knows about PUBs or
 * the server.
 */
package io.qrun.engine.qiskit;
