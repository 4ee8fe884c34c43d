package io.qrun.engine.primitives;

/** OpenQASM sources shared by the engine tests. */
final class Circuits {

    private Circuits() {}

    static final String BELL = """
            OPENQASM 3.0;
            include "stdgates.inc";
            qubit[2] q;
            bit[2] c;
            h q[0];
            cx q[0], q[1];
            c = measure q;
            """;

    static final String GHZ3 = """
            OPENQASM 3.0;
            include "stdgates.inc";
            qubit[3] q;
            bit[3] meas;
            h q[0];
            cx q[0], q[1];
            cx q[1], q[2];
            meas = measure q;
            """;

    /** Qiskit's RealAmplitudes(num_qubits=2, reps=2) as qiskit.qasm3.dumps writes it (ParameterVector θ). */
    static final String REAL_AMPLITUDES_2Q = """
            OPENQASM 3.0;
            include "stdgates.inc";
            input float[64] _θ_0_;
            input float[64] _θ_1_;
            input float[64] _θ_2_;
            input float[64] _θ_3_;
            input float[64] _θ_4_;
            input float[64] _θ_5_;
            qubit[2] q;
            ry(_θ_0_) q[0];
            ry(_θ_1_) q[1];
            cx q[0], q[1];
            ry(_θ_2_) q[0];
            ry(_θ_3_) q[1];
            cx q[0], q[1];
            ry(_θ_4_) q[0];
            ry(_θ_5_) q[1];
            """;

    /** The same ansatz with barriers between layers (insert_barriers=True) and final measurements. */
    static final String REAL_AMPLITUDES_2Q_BARRIERS = """
            OPENQASM 3.0;
            include "stdgates.inc";
            input float[64] _θ_0_;
            input float[64] _θ_1_;
            input float[64] _θ_2_;
            input float[64] _θ_3_;
            input float[64] _θ_4_;
            input float[64] _θ_5_;
            qubit[2] q;
            bit[2] meas;
            ry(_θ_0_) q[0];
            ry(_θ_1_) q[1];
            barrier q[0], q[1];
            cx q[0], q[1];
            barrier q[0], q[1];
            ry(_θ_2_) q[0];
            ry(_θ_3_) q[1];
            barrier q[0], q[1];
            cx q[0], q[1];
            barrier q[0], q[1];
            ry(_θ_4_) q[0];
            ry(_θ_5_) q[1];
            barrier q[0], q[1];
            meas[0] = measure q[0];
            meas[1] = measure q[1];
            """;

    /** Mid-circuit measurement and feed-forward: q1 copies the measured q0. */
    static final String FEED_FORWARD = """
            OPENQASM 3.0;
            include "stdgates.inc";
            qubit[2] q;
            bit[2] c;
            h q[0];
            c[0] = measure q[0];
            if (c[0]) {
              x q[1];
            }
            c[1] = measure q[1];
            """;

    /** GHZ on physical qubits 40..42 of a large backend. */
    static final String GHZ_PHYSICAL = """
            OPENQASM 3.0;
            include "stdgates.inc";
            bit[3] c;
            h $40;
            cx $40, $41;
            cx $41, $42;
            c[0] = measure $40;
            c[1] = measure $41;
            c[2] = measure $42;
            """;
}
