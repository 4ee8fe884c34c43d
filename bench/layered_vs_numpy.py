#!/usr/bin/env python3
"""The "layered" circuit on n qubits (default 22, 4 layers) simulated two ways on this machine:

* numpy: a straightforward statevector simulation, one np.tensordot per gate on the state as a
  tensor of shape (2,) * n (then np.moveaxis back), complex128;
* Qrun: LayeredCircuitBenchmark (JMH, the engine's defaults: fusion, cache blocking, the JVM's
  kernel family) through bench/run-jmh.sh.

Per layer l: h on every qubit, rz(0.1 (q + 1)) on every qubit q, cx on the pairs
(2k + l % 2, 2k + 1 + l % 2). Prints both times, their ratio and both |0...0> amplitudes, which
must agree (exit status 1 when they do not).

Usage: python3 bench/layered_vs_numpy.py [n] [layers] [numpy repeats]
"""
import json
import os
import re
import subprocess
import sys
import time

import numpy as np

N = int(sys.argv[1]) if len(sys.argv) > 1 else 22
LAYERS = int(sys.argv[2]) if len(sys.argv) > 2 else 4
REPEATS = int(sys.argv[3]) if len(sys.argv) > 3 else 3
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

H = np.array([[1, 1], [1, -1]], dtype=np.complex128) / np.sqrt(2)
CX = np.array([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1], [0, 0, 1, 0]], dtype=np.complex128)  # |control target>


def rz(theta):
    return np.diag([np.exp(-0.5j * theta), np.exp(0.5j * theta)]).astype(np.complex128)


def axis(q, n):
    # index bit q is qubit q (Qiskit's order); in C order axis 0 is the highest bit
    return n - 1 - q


def apply1(psi, gate, q, n):
    a = axis(q, n)
    return np.moveaxis(np.tensordot(gate, psi, axes=([1], [a])), 0, a)


def apply2(psi, gate, control, target, n):
    g = gate.reshape(2, 2, 2, 2)  # (out control, out target, in control, in target)
    ac, at = axis(control, n), axis(target, n)
    out = np.tensordot(g, psi, axes=([2, 3], [ac, at]))
    return np.moveaxis(out, [0, 1], [ac, at])


def simulate(n, layers):
    psi = np.zeros((2,) * n, dtype=np.complex128)
    psi[(0,) * n] = 1
    for l in range(layers):
        for q in range(n):
            psi = apply1(psi, H, q, n)
        for q in range(n):
            psi = apply1(psi, rz(0.1 * (q + 1)), q, n)
        for q in range(l % 2, n - 1, 2):
            psi = apply2(psi, CX, q, q + 1, n)
    return psi


def numpy_run():
    times = []
    psi = None
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        psi = simulate(N, LAYERS)
        times.append(time.perf_counter() - t0)
    return sorted(times)[len(times) // 2] * 1000, psi.reshape(-1)[0]


def qrun_run():
    base = os.path.join(ROOT, "target", "jmh-layered")
    env = dict(os.environ, JMH_RESULT=base)
    # the benchmark's setup prints its amplitude and kernel family on the console, not into -o
    text = subprocess.run([os.path.join(ROOT, "bench", "run-jmh.sh"), "LayeredCircuitBenchmark",
                           "-p", f"n={N}", "-p", f"layers={LAYERS}"], cwd=ROOT, env=env, check=True,
                          stdout=subprocess.PIPE, text=True).stdout
    with open(base + ".json") as f:
        scores = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] for r in json.load(f)}
    m = re.search(r"# amp0 (\S+) (\S+)", text)
    kernels = re.search(r"# kernels: (.*)", text)
    ops = re.search(r"# ops: (.*)", text)
    print(f"Qrun programs: {ops.group(1) if ops else '?'} ops")
    return scores, complex(float(m.group(1)), float(m.group(2))), kernels.group(1) if kernels else "?"


def main():
    gates = sum(2 * N + len(range(l % 2, N - 1, 2)) for l in range(LAYERS))
    print(f"layered circuit: n = {N}, {LAYERS} layers, {gates} gates; "
          f"numpy {np.__version__}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    np_ms, np_amp = numpy_run()
    print(f"numpy tensordot: median of {REPEATS}: {np_ms:.0f} ms, <0...0|psi> = {np_amp:.15g}")
    scores, q_amp, kernels = qrun_run()
    print(f"Qrun ({kernels}): fused {scores['fused']:.1f} ms/op, unfused {scores['unfused']:.1f} ms/op (JMH averages), "
          f"<0...0|psi> = {q_amp:.15g}")
    print(f"ratio numpy / Qrun fused: {np_ms / scores['fused']:.1f}x (goal: at least 40x); "
          f"numpy / Qrun unfused: {np_ms / scores['unfused']:.1f}x")
    diff = abs(np_amp - q_amp)
    print(f"|amplitude difference| = {diff:.2e}")
    if not diff < 1e-10:
        print("AMPLITUDES DISAGREE")
        sys.exit(1)


if __name__ == "__main__":
    main()
