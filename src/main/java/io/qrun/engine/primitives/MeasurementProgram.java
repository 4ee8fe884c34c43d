package io.qrun.engine.primitives;

import io.qrun.engine.sim.Op;
import io.qrun.engine.sim.PauliString;
import io.qrun.engine.sim.Program;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compiled circuit prepared for the measurement of one Pauli basis, as a QPU estimates an
 * expectation value: the circuit's own final measurements are dropped (the Estimator ignores
 * them, and they would collapse the state in the wrong basis) and each measured qubit is rotated
 * so that its Pauli becomes Z (X: H; Y: H S^dagger). The Z-basis readout itself is drawn by the
 * caller from the final state, with the backend's readout errors.
 */
final class MeasurementProgram {

    private static final double R = Math.sqrt(0.5);
    /** H, row-major interleaved (re, im). */
    private static final double[] H = {R, 0, R, 0, R, 0, -R, 0};
    /** H S^dagger = [[1, -i], [1, i]] / sqrt 2: maps the +1 eigenstate of Y to |0>. */
    private static final double[] H_SDG = {R, 0, 0, -R, R, 0, 0, R};

    private MeasurementProgram() {}

    /** {@code base} without its final measurements, followed by the rotation of {@code basis} to Z. */
    static Program rotated(Program base, PauliString basis) {
        List<Op> ops = new ArrayList<>(withoutFinalMeasurements(base.ops()));
        for (int q = 0; q < base.numQubits(); q++) {
            boolean x = (basis.xMask() >>> q & 1) != 0;
            boolean z = (basis.zMask() >>> q & 1) != 0;
            if (x && z) {
                ops.add(new Op.Unitary(new int[] {q}, H_SDG.clone()));
            } else if (x) {
                ops.add(new Op.Unitary(new int[] {q}, H.clone()));
            }
        }
        return new Program(base.numQubits(), base.numClbits(), ops, base.dynamic());
    }

    /**
     * {@link #rotated} followed by a Z measurement of every qubit of {@code basis} into a fresh
     * classical bit ({@link #clbitOf}) with its readout errors: one shot of it is one shot of the
     * basis measurement on a QPU.
     *
     * @param readout per program qubit {probMeas1Prep0, probMeas0Prep1}
     */
    static Program measured(Program base, PauliString basis, double[][] readout) {
        Program rotated = rotated(base, basis);
        List<Op> ops = new ArrayList<>(rotated.ops());
        for (int q = 0; q < base.numQubits(); q++) {
            if ((basis.support() >>> q & 1) != 0) {
                ops.add(new Op.Measure(q, clbitOf(base, q), readout[q][0], readout[q][1]));
            }
        }
        return new Program(base.numQubits(), base.numClbits() + base.numQubits(), ops, true);
    }

    /** The classical bit that receives program qubit {@code q} in {@link #measured}: after the circuit's own bits. */
    static int clbitOf(Program base, int q) {
        return base.numClbits() + q;
    }

    /**
     * Drops measurements after which nothing acts on their qubit or reads their bit; keeps
     * mid-circuit measurements (they feed conditionals or are followed by gates). Noise after a
     * measurement does not make it mid-circuit: it only decoheres an already measured qubit.
     */
    static List<Op> withoutFinalMeasurements(List<Op> ops) {
        long laterQubits = 0;
        long[] laterBits = new long[1];
        boolean[] keep = new boolean[ops.size()];
        for (int i = ops.size() - 1; i >= 0; i--) {
            Op op = ops.get(i);
            if (op instanceof Op.Measure m) {
                keep[i] = (laterQubits >>> m.qubit() & 1) != 0 || readsBit(laterBits, m.clbit());
                laterQubits |= 1L << m.qubit();
            } else {
                keep[i] = true;
                laterQubits |= qubitsOf(op, laterBits);
            }
        }
        List<Op> out = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            if (keep[i]) {
                out.add(ops.get(i));
            }
        }
        return out;
    }

    private static boolean readsBit(long[] bits, int clbit) {
        return clbit < 64 && (bits[0] >>> clbit & 1) != 0;
    }

    /**
     * The qubits an op changes (noise excluded); records in {@code bits} the bits a conditional
     * reads. A conditional on a bit beyond 63 marks every qubit, which keeps every earlier
     * measurement (correct, if conservative).
     */
    private static long qubitsOf(Op op, long[] bits) {
        if (op instanceof Op.Unitary u) {
            return mask(u.qubits());
        }
        if (op instanceof Op.ControlledUnitary c) {
            return mask(c.controls()) | mask(c.targets());
        }
        if (op instanceof Op.Reset r) {
            return 1L << r.qubit();
        }
        if (op instanceof Op.Measure m) {
            return 1L << m.qubit();
        }
        if (op instanceof Op.Conditional c) {
            long m = 0;
            for (int b : c.clbits()) {
                if (b >= 64) {
                    return -1L;
                }
                bits[0] |= 1L << b;
            }
            for (Op inner : c.thenOps()) {
                m |= qubitsOf(inner, bits);
            }
            for (Op inner : c.elseOps()) {
                m |= qubitsOf(inner, bits);
            }
            return m;
        }
        return 0; // global phase and noise act on no qubit's measured value
    }

    private static long mask(int[] qubits) {
        return Arrays.stream(qubits).mapToLong(q -> 1L << q).reduce(0, (a, b) -> a | b);
    }
}
