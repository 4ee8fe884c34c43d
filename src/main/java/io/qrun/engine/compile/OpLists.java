package io.qrun.engine.compile;

import io.qrun.engine.sim.Op;
import java.util.ArrayList;
import java.util.List;

/** Transformations of unitary op lists (Unitary, ControlledUnitary, GlobalPhase) used by expansion and fusion. */
final class OpLists {

    private OpLists() {}

    /** The qubits an op acts on (controls first for a controlled op). */
    static int[] qubitsOf(Op op) {
        if (op instanceof Op.Unitary u) {
            return u.qubits();
        } else if (op instanceof Op.ControlledUnitary c) {
            int[] q = new int[c.controls().length + c.targets().length];
            System.arraycopy(c.controls(), 0, q, 0, c.controls().length);
            System.arraycopy(c.targets(), 0, q, c.controls().length, c.targets().length);
            return q;
        } else if (op instanceof Op.Measure m) {
            return new int[] {m.qubit()};
        } else if (op instanceof Op.Reset r) {
            return new int[] {r.qubit()};
        } else if (op instanceof Op.Depolarizing d) {
            return d.qubits();
        } else if (op instanceof Op.ThermalRelaxation t) {
            return new int[] {t.qubit()};
        }
        return new int[0];
    }

    /** {@code op} with each qubit q replaced by {@code map[q]}. */
    static Op remap(Op op, int[] map) {
        if (op instanceof Op.Unitary u) {
            return new Op.Unitary(mapAll(u.qubits(), map), u.matrix());
        } else if (op instanceof Op.ControlledUnitary c) {
            return new Op.ControlledUnitary(mapAll(c.controls(), map), c.controlState(), mapAll(c.targets(), map),
                    c.matrix());
        } else if (op instanceof Op.GlobalPhase) {
            return op;
        }
        throw new IllegalArgumentException("not a unitary op: " + op);
    }

    static List<Op> remapAll(List<Op> ops, int[] map) {
        List<Op> out = new ArrayList<>(ops.size());
        for (Op op : ops) {
            out.add(remap(op, map));
        }
        return out;
    }

    /** The inverse: reversed order, each op's dagger. */
    static List<Op> inverse(List<Op> ops) {
        List<Op> out = new ArrayList<>(ops.size());
        for (int i = ops.size() - 1; i >= 0; i--) {
            out.add(inverse(ops.get(i)));
        }
        return out;
    }

    static Op inverse(Op op) {
        if (op instanceof Op.Unitary u) {
            return new Op.Unitary(u.qubits(), Matrices.dagger(u.matrix()));
        } else if (op instanceof Op.ControlledUnitary c) {
            return new Op.ControlledUnitary(c.controls(), c.controlState(), c.targets(), Matrices.dagger(c.matrix()));
        } else if (op instanceof Op.GlobalPhase g) {
            return new Op.GlobalPhase(-g.phase());
        }
        throw new IllegalArgumentException("not a unitary op: " + op);
    }

    /**
     * The ops controlled by {@code count} new qubits 0..count-1 put in front (existing qubits move
     * up by count), active on 1 ({@code negative=false}) or on 0. A controlled global phase is a
     * phase on the controls: diag(1, e^{ig}) (or diag(e^{ig}, 1)) on the last control, controlled
     * by the others.
     */
    static List<Op> control(List<Op> ops, int count, boolean negative) {
        int width = 0;
        for (Op op : ops) {
            for (int q : qubitsOf(op)) {
                width = Math.max(width, q + 1);
            }
        }
        int[] shift = new int[width];
        for (int i = 0; i < shift.length; i++) {
            shift[i] = i + count;
        }
        int[] newControls = new int[count];
        for (int i = 0; i < count; i++) {
            newControls[i] = i;
        }
        long newState = negative ? 0 : (1L << count) - 1;
        List<Op> out = new ArrayList<>(ops.size());
        for (Op op : ops) {
            if (op instanceof Op.Unitary u) {
                out.add(new Op.ControlledUnitary(newControls, newState, mapAll(u.qubits(), shift), u.matrix()));
            } else if (op instanceof Op.ControlledUnitary c) {
                int[] controls = concat(newControls, mapAll(c.controls(), shift));
                if (controls.length > 62) {
                    throw new CompileException("A gate with " + controls.length
                            + " control qubits is not supported (at most 62)");
                }
                long state = newState | (c.controlState() << count);
                out.add(new Op.ControlledUnitary(controls, state, mapAll(c.targets(), shift), c.matrix()));
            } else if (op instanceof Op.GlobalPhase g) {
                double re = Math.cos(g.phase()), im = Math.sin(g.phase());
                double[] phase = negative ? new double[] {re, im, 0, 0, 0, 0, 1, 0}
                        : new double[] {1, 0, 0, 0, 0, 0, re, im};
                int last = count - 1;
                if (count == 1) {
                    out.add(new Op.Unitary(new int[] {last}, phase));
                } else {
                    int[] rest = java.util.Arrays.copyOf(newControls, last);
                    long restState = newState & ((1L << last) - 1);
                    out.add(new Op.ControlledUnitary(rest, restState, new int[] {last}, phase));
                }
            } else {
                throw new IllegalArgumentException("not a unitary op: " + op);
            }
        }
        return out;
    }

    /** The dense matrix of the unitary ops on qubits 0..numQubits-1, applied in list order. */
    static double[] dense(List<Op> ops, int numQubits) {
        int d = 1 << numQubits;
        double[][] columns = new double[d][];
        for (int j = 0; j < d; j++) {
            double[] v = new double[2 * d];
            v[2 * j] = 1;
            for (Op op : ops) {
                if (op instanceof Op.Unitary u) {
                    Matrices.apply(v, numQubits, new int[0], 0, u.qubits(), u.matrix());
                } else if (op instanceof Op.ControlledUnitary c) {
                    Matrices.apply(v, numQubits, c.controls(), c.controlState(), c.targets(), c.matrix());
                } else if (op instanceof Op.GlobalPhase g) {
                    v = Matrices.scale(v, Math.cos(g.phase()), Math.sin(g.phase()));
                } else {
                    throw new IllegalArgumentException("not a unitary op: " + op);
                }
            }
            columns[j] = v;
        }
        double[] m = new double[2 * d * d];
        for (int r = 0; r < d; r++) {
            for (int j = 0; j < d; j++) {
                m[2 * (r * d + j)] = columns[j][2 * r];
                m[2 * (r * d + j) + 1] = columns[j][2 * r + 1];
            }
        }
        return m;
    }

    private static int[] mapAll(int[] qubits, int[] map) {
        int[] out = new int[qubits.length];
        for (int i = 0; i < qubits.length; i++) {
            out[i] = map[qubits[i]];
        }
        return out;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
