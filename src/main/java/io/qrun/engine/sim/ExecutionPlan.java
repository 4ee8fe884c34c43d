package io.qrun.engine.sim;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Program} checked and prepared once for many runs: every operand is validated (with the
 * op's position in the message), every unitary gets its kernel, and the program is split into the
 * unitary prefix that all shots share and the rest. It also decides whether all shots may be drawn
 * from one final state: only when every measurement is terminal and nothing else is non-unitary.
 */
final class ExecutionPlan {

    /** A terminal measurement of the sampling fast path. */
    record TerminalMeasure(int qubit, int clbit, double probMeas1Prep0, double probMeas0Prep1) {}

    private final Program program;
    private final List<Op> ops;
    private final Map<Op, Boolean> droppedResets = new IdentityHashMap<>();
    private final Map<Op, GateKernel> kernels = new IdentityHashMap<>();
    private final int prefixLength;
    private final boolean sampleFromFinalState;
    private final List<TerminalMeasure> terminalMeasures = new ArrayList<>();

    ExecutionPlan(Program program) {
        if (program == null) {
            throw new IllegalArgumentException("No program given");
        }
        if (program.numQubits() < 0 || program.numClbits() < 0) {
            throw new IllegalArgumentException("The program has " + program.numQubits() + " qubits and "
                    + program.numClbits() + " clbits; both must be 0 or more");
        }
        if (program.ops() == null) {
            throw new IllegalArgumentException("The program has no op list");
        }
        this.program = program;
        prepare(program.ops(), "op ");
        this.ops = withoutInitialResets(program.ops(), droppedResets);
        int prefix = 0;
        while (prefix < ops.size() && isUnitary(ops.get(prefix))) {
            prefix++;
        }
        this.prefixLength = prefix;
        // The analysis is exact on its own: a program flagged dynamic only because of resets of
        // fresh qubits (Qiskit's init_qubits) still gets the one-state fast path.
        this.sampleFromFinalState = measurementsAreTerminal(ops);
    }

    /** The ops to run: the program's, less resets of qubits nothing has touched yet (they are |0>). */
    List<Op> ops() {
        return ops;
    }

    /** True for a reset that was dropped because its qubit was still |0>. */
    boolean isDroppedReset(Op op) {
        return droppedResets.containsKey(op);
    }

    private static List<Op> withoutInitialResets(List<Op> ops, Map<Op, Boolean> dropped) {
        long touched = 0;
        List<Op> kept = new ArrayList<>(ops.size());
        boolean scanning = true;
        for (Op op : ops) {
            if (scanning && op instanceof Op.Reset r && (touched >>> r.qubit() & 1L) == 0) {
                dropped.put(op, Boolean.TRUE);
                continue;
            }
            if (op instanceof Op.Conditional) {
                scanning = false; // branches may touch anything
            } else {
                touched |= qubitMask(op);
            }
            kept.add(op);
        }
        return dropped.isEmpty() ? ops : List.copyOf(kept);
    }

    private static long qubitMask(Op op) {
        long m = 0;
        if (op instanceof Op.Unitary u) {
            for (int q : u.qubits()) {
                m |= 1L << q;
            }
        } else if (op instanceof Op.ControlledUnitary cu) {
            for (int q : cu.controls()) {
                m |= 1L << q;
            }
            for (int q : cu.targets()) {
                m |= 1L << q;
            }
        } else if (op instanceof Op.Measure me) {
            m |= 1L << me.qubit();
        } else if (op instanceof Op.Depolarizing d) {
            for (int q : d.qubits()) {
                m |= 1L << q;
            }
        } else if (op instanceof Op.ThermalRelaxation t) {
            m |= 1L << t.qubit();
        } else if (op instanceof Op.Reset r) {
            m |= 1L << r.qubit();
        }
        return m;
    }

    Program program() {
        return program;
    }

    int numQubits() {
        return program.numQubits();
    }

    int prefixLength() {
        return prefixLength;
    }

    boolean sampleFromFinalState() {
        return sampleFromFinalState;
    }

    List<TerminalMeasure> terminalMeasures() {
        return terminalMeasures;
    }

    GateKernel kernel(Op op) {
        return kernels.get(op);
    }

    /**
     * The kernels of the unitary ops among {@code ops} (measurements skipped), in order, with runs
     * of gates on low qubits cache-blocked into single passes.
     */
    List<GateKernel> unitaryPass(List<Op> ops, int blockQubits) {
        List<GateKernel> list = new ArrayList<>();
        for (Op op : ops) {
            if (!(op instanceof Op.Measure)) {
                GateKernel k = kernels.get(op);
                if (k == null) {
                    throw new IllegalStateException("No kernel for " + op + "; it is not a unitary op");
                }
                list.add(k);
            }
        }
        return CacheBlockedKernels.group(list, program.numQubits(), blockQubits);
    }

    static boolean isUnitary(Op op) {
        return op instanceof Op.Unitary || op instanceof Op.ControlledUnitary || op instanceof Op.GlobalPhase;
    }

    /** Name of an op for error messages: "op 3 (Reset)". */
    static String describe(String path, int index, Op op) {
        return path + index + " (" + (op == null ? "null" : op.getClass().getSimpleName()) + ")";
    }

    private void prepare(List<Op> ops, String path) {
        int n = program.numQubits();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            String where = describe(path, i, op);
            if (op instanceof Op.Unitary u) {
                kernels.put(op, GateKernels.unitary(n, u.qubits(), u.matrix(), where));
            } else if (op instanceof Op.ControlledUnitary cu) {
                kernels.put(op, GateKernels.controlled(n, cu.controls(), cu.controlState(), cu.targets(),
                        cu.matrix(), where));
            } else if (op instanceof Op.GlobalPhase gp) {
                requireFinite(gp.phase(), "phase", where);
                double[] phase = {Math.cos(gp.phase()), Math.sin(gp.phase())};
                kernels.put(op, GateKernels.unitary(n, new int[0], phase, where));
            } else if (op instanceof Op.Measure m) {
                requireQubit(m.qubit(), where);
                requireClbit(m.clbit(), where);
                requireProbability(m.probMeas1Prep0(), "probMeas1Prep0", where);
                requireProbability(m.probMeas0Prep1(), "probMeas0Prep1", where);
            } else if (op instanceof Op.Reset r) {
                requireQubit(r.qubit(), where);
            } else if (op instanceof Op.Conditional c) {
                if (c.clbits() == null || c.clbits().length == 0 || c.clbits().length > 63) {
                    throw new IllegalArgumentException(where + " must read 1 to 63 clbits, got "
                            + (c.clbits() == null ? "none" : c.clbits().length));
                }
                for (int b : c.clbits()) {
                    requireClbit(b, where);
                }
                prepare(c.thenOps() == null ? List.of() : c.thenOps(), where + " then-branch op ");
                prepare(c.elseOps() == null ? List.of() : c.elseOps(), where + " else-branch op ");
            } else if (op instanceof Op.Depolarizing d) {
                if (d.qubits() == null || d.qubits().length == 0) {
                    throw new IllegalArgumentException(where + " needs at least one qubit");
                }
                long seen = 0;
                for (int q : d.qubits()) {
                    requireQubit(q, where);
                    if ((seen >>> q & 1L) != 0) {
                        throw new IllegalArgumentException(where + " uses qubit " + q + " twice");
                    }
                    seen |= 1L << q;
                }
                requireProbability(d.lambda(), "lambda", where);
            } else if (op instanceof Op.ThermalRelaxation t) {
                requireQubit(t.qubit(), where);
                if (!(t.t1() > 0) || !(t.t2() > 0)) {
                    throw new IllegalArgumentException(where + " needs positive T1 and T2 (seconds; Infinity"
                            + " for none), got T1 = " + t.t1() + ", T2 = " + t.t2());
                }
                if (!(t.time() >= 0) || Double.isInfinite(t.time())) {
                    throw new IllegalArgumentException(where + " needs a finite duration of 0 or more seconds, got "
                            + t.time());
                }
            } else {
                throw new IllegalArgumentException(where + " is not an operation the simulator knows");
            }
        }
    }

    /**
     * True when no measured qubit is touched again, and the program holds only unitaries and
     * measurements: then measuring at the end of one final state gives the same distribution.
     * Collects the measurements on the way.
     */
    private boolean measurementsAreTerminal(List<Op> ops) {
        long measured = 0;
        List<TerminalMeasure> found = new ArrayList<>();
        for (Op op : ops) {
            if (op instanceof Op.Measure m) {
                measured |= 1L << m.qubit();
                found.add(new TerminalMeasure(m.qubit(), m.clbit(), m.probMeas1Prep0(), m.probMeas0Prep1()));
            } else if (op instanceof Op.Unitary u) {
                if (touches(measured, u.qubits())) {
                    return false;
                }
            } else if (op instanceof Op.ControlledUnitary cu) {
                if (touches(measured, cu.targets())) {
                    return false; // controls on measured qubits commute with the measurement; targets do not
                }
            } else if (!(op instanceof Op.GlobalPhase)) {
                return false;
            }
        }
        terminalMeasures.addAll(found);
        return true;
    }

    private static boolean touches(long measured, int[] qubits) {
        for (int q : qubits) {
            if ((measured >>> q & 1L) != 0) {
                return true;
            }
        }
        return false;
    }

    private void requireQubit(int q, String where) {
        if (q < 0 || q >= program.numQubits()) {
            throw new IllegalArgumentException(where + " uses qubit " + q + ", outside 0.."
                    + (program.numQubits() - 1) + " of the program");
        }
    }

    private void requireClbit(int b, String where) {
        if (b < 0 || b >= program.numClbits()) {
            throw new IllegalArgumentException(where + " uses clbit " + b + ", outside 0.."
                    + (program.numClbits() - 1) + " of the program");
        }
    }

    private static void requireProbability(double p, String name, String where) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(where + ": " + name + " is " + p + "; it must be a probability in [0, 1]");
        }
    }

    private static void requireFinite(double v, String name, String where) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(where + ": " + name + " is " + v + "; it must be finite");
        }
    }
}
