package io.qrun.engine.compile;

import io.qrun.engine.circuit.Expr;
import io.qrun.engine.circuit.GateDefinition;
import io.qrun.engine.circuit.Instruction;
import io.qrun.engine.circuit.Modifier;
import io.qrun.engine.circuit.StandardGate;
import io.qrun.engine.sim.Op;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Expands one gate call into unitary ops (Unitary, ControlledUnitary, GlobalPhase) on the call's
 * local qubits 0..k-1 (k = number of operands, controls first): standard gates become their
 * matrices, gate definitions their bodies (recursively, local parameters bound), and modifiers are
 * applied right to left as OpenQASM 3 reads them ({@code ctrl @ inv @ g} = ctrl of inv of g).
 *
 * <p>Every op list created is charged to a budget: a definition that calls the previous one twice,
 * forty levels deep, would otherwise expand into 2^40 ops and hang the server.
 */
final class GateExpander {

    /** Non-integer powers diagonalise the gate's dense matrix: bounded so that stays small. */
    static final int MAX_FRACTIONAL_POWER_QUBITS = 6;

    /** Integer powers of gates up to this size multiply dense matrices instead of repeating the body. */
    private static final int DENSE_INTEGER_POWER_QUBITS = 4;

    private final Map<String, GateDefinition> definitions;
    private final long maxOperations;
    private final Deque<String> expanding = new ArrayDeque<>();
    private final Map<String, Long> leafCounts = new HashMap<>();
    private long produced;

    GateExpander(Map<String, GateDefinition> definitions, long maxOperations) {
        this.definitions = definitions;
        this.maxOperations = maxOperations;
    }

    /** The ops of {@code call}, its arguments evaluated in {@code scope}, on local qubits 0..k-1. */
    List<Op> expand(Instruction.GateCall call, ToDoubleFunction<String> scope) {
        String name = call.name();
        int numOperands = call.qubits().length;
        requireDistinct(call);
        double[] args = new double[call.arguments().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = evaluate(call.arguments().get(i), scope, call, "argument " + (i + 1));
        }
        int controls = 0;
        for (Modifier m : call.modifiers()) {
            if (m instanceof Modifier.Ctrl c) {
                if (c.count() < 1) {
                    throw error(call, "ctrl/negctrl count must be >= 1, got " + c.count());
                }
                controls += c.count();
            }
        }
        int arity = numOperands - controls;
        if (arity < 0) {
            throw error(call, "the modifiers add " + controls + " control qubits but only " + numOperands
                    + " qubits are given");
        }
        List<Op> ops = base(call, args, arity);
        int width = arity;
        List<Modifier> modifiers = call.modifiers();
        for (int i = modifiers.size() - 1; i >= 0; i--) {
            Modifier m = modifiers.get(i);
            if (m instanceof Modifier.Inv) {
                ops = charge(OpLists.inverse(ops), call);
            } else if (m instanceof Modifier.Ctrl c) {
                ops = charge(OpLists.control(ops, c.count(), c.negative()), call);
                width += c.count();
            } else if (m instanceof Modifier.Pow p) {
                double k = evaluate(p.exponent(), scope, call, "the pow exponent");
                ops = power(ops, k, width, call);
            }
        }
        return ops;
    }

    /** The inverse of an expanded list, charged to the budget (used for gate folding). */
    List<Op> inverse(List<Op> ops, Instruction.GateCall call) {
        return charge(OpLists.inverse(ops), call);
    }

    /** Charges ops created outside expansion (folded copies, noise) to the budget. */
    void charge(long count, Instruction.GateCall call) {
        // saturating: pow(2^52) of a large body must report the budget, not overflow past it
        produced = count > Long.MAX_VALUE - produced ? Long.MAX_VALUE : produced + count;
        if (produced > maxOperations) {
            throw error(call, "expanding the circuit needs more than " + maxOperations
                    + " operations (CompileOptions.maxOperations); gate definitions that call each other"
                    + " repeatedly grow exponentially: simplify the circuit or raise the limit");
        }
    }

    private List<Op> charge(List<Op> ops, Instruction.GateCall call) {
        charge(ops.size(), call);
        return ops;
    }

    private List<Op> base(Instruction.GateCall call, double[] args, int arity) {
        String name = call.name();
        StandardGate standard = StandardGate.byName(name).orElse(null);
        GateDefinition definition = definitions.get(name);
        // A program's own definition replaces an extra (qelib1/Qiskit) gate, never a stdgates one.
        if (standard != null && (definition == null || standard.origin() != StandardGate.Origin.EXTRA)) {
            if (args.length != standard.numParameters()) {
                throw error(call, name + " takes " + standard.numParameters() + " parameter(s), got " + args.length);
            }
            if (arity != standard.numQubits()) {
                throw error(call, name + " acts on " + standard.numQubits() + " qubit(s), got " + arity);
            }
            return charge(standardOps(standard, args), call);
        }
        if (definition != null) {
            if (args.length != definition.parameters().size()) {
                throw error(call, name + " takes " + definition.parameters().size() + " parameter(s) "
                        + definition.parameters() + ", got " + args.length);
            }
            if (arity != definition.numQubits()) {
                throw error(call, name + " acts on " + definition.numQubits() + " qubit(s), got " + arity);
            }
            // Fail before expanding anything when the definition alone is already over budget.
            long leaves = leafCount(definition);
            if (leaves > maxOperations - produced) {
                charge(leaves, call);
            }
            return expandDefinition(definition, args, call);
        }
        throw error(call, "unknown gate " + name + ": it is neither a standard gate nor defined by a gate statement");
    }

    private static List<Op> standardOps(StandardGate gate, double[] args) {
        if (gate == StandardGate.GPHASE) {
            return List.of(new Op.GlobalPhase(args[0]));
        }
        int k = gate.numQubits();
        GateMatrices.ControlledForm cf = GateMatrices.controlledForm(gate, args);
        if (cf != null) {
            int c = cf.numControls();
            return List.of(new Op.ControlledUnitary(range(0, c), (1L << c) - 1, range(c, k), cf.target()));
        }
        return List.of(new Op.Unitary(range(0, k), GateMatrices.matrix(gate, args)));
    }

    private List<Op> expandDefinition(GateDefinition definition, double[] args, Instruction.GateCall call) {
        if (expanding.contains(definition.name())) {
            List<String> chain = new ArrayList<>(expanding);
            Collections.reverse(chain);
            throw error(call, "gate " + definition.name() + " is defined in terms of itself (" + String.join(" -> ",
                    chain) + " -> " + definition.name() + ")");
        }
        Map<String, Double> local = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            local.put(definition.parameters().get(i), args[i]);
        }
        ToDoubleFunction<String> scope = n -> {
            Double v = local.get(n);
            if (v == null) {
                throw new CompileException("gate " + definition.name() + " reads '" + n
                        + "', which is not one of its parameters " + definition.parameters());
            }
            return v;
        };
        expanding.push(definition.name());
        try {
            List<Op> ops = new ArrayList<>();
            for (Instruction.GateCall inner : definition.body()) {
                for (int q : inner.qubits()) {
                    if (q < 0 || q >= definition.numQubits()) {
                        throw error(inner, "qubit argument " + q + " of gate " + definition.name()
                                + " is out of range 0.." + (definition.numQubits() - 1));
                    }
                }
                List<Op> innerOps = expand(inner, scope);
                ops.addAll(charge(OpLists.remapAll(innerOps, inner.qubits()), inner));
            }
            return ops;
        } finally {
            expanding.pop();
        }
    }

    /**
     * A lower bound of the ops a definition expands into: one per standard gate call, nested
     * definitions counted recursively (memoized, saturating). Calls with a pow modifier count 0, as
     * pow(0) produces nothing. Cycles count 0 here; expansion reports them.
     */
    private long leafCount(GateDefinition definition) {
        Long known = leafCounts.get(definition.name());
        if (known != null) {
            return known;
        }
        leafCounts.put(definition.name(), 0L);
        long total = 0;
        for (Instruction.GateCall inner : definition.body()) {
            if (inner.modifiers().stream().anyMatch(m -> m instanceof Modifier.Pow)) {
                continue;
            }
            StandardGate standard = StandardGate.byName(inner.name()).orElse(null);
            GateDefinition nested = definitions.get(inner.name());
            boolean isStandard = standard != null && (nested == null || standard.origin() != StandardGate.Origin.EXTRA);
            long n = isStandard || nested == null ? 1 : leafCount(nested);
            total = total > Long.MAX_VALUE - n ? Long.MAX_VALUE : total + n;
        }
        leafCounts.put(definition.name(), total);
        return total;
    }

    /**
     * ops^k on {@code width} qubits. Integer k: matrix power for one op or a small gate, else the
     * body repeated |k| times (inverted when k < 0). Non-integer k: Qiskit's Gate.power, i.e. the
     * principal-branch power of the dense unitary.
     */
    private List<Op> power(List<Op> ops, double k, int width, Instruction.GateCall call) {
        if (k == Math.rint(k) && Math.abs(k) < 1L << 53) {
            long n = (long) k;
            if (n == 0) {
                return List.of();
            }
            if (n < 0) {
                ops = charge(OpLists.inverse(ops), call);
                n = -n;
            }
            if (ops.size() == 1) {
                return charge(List.of(singlePower(ops.get(0), n)), call);
            }
            if (width <= DENSE_INTEGER_POWER_QUBITS) {
                return charge(List.of(new Op.Unitary(range(0, width), Matrices.power(OpLists.dense(ops, width), n))),
                        call);
            }
            long size = Math.max(1, ops.size());
            charge(n > Long.MAX_VALUE / size ? Long.MAX_VALUE : n * size, call);
            List<Op> out = new ArrayList<>((int) (n * ops.size()));
            for (long i = 0; i < n; i++) {
                out.addAll(ops);
            }
            return out;
        }
        if (ops.size() == 1 && ops.get(0) instanceof Op.ControlledUnitary c) {
            // (controlled U)^k = controlled (U^k): the inactive subspace has eigenvalue 1, and 1^k = 1.
            return charge(List.of(new Op.ControlledUnitary(c.controls(), c.controlState(), c.targets(),
                    UnitaryPower.power(c.matrix(), k))), call);
        }
        if (width > MAX_FRACTIONAL_POWER_QUBITS) {
            throw error(call, "pow(" + k + ") with a non-integer exponent is supported on gates of at most "
                    + MAX_FRACTIONAL_POWER_QUBITS + " qubits, this one has " + width);
        }
        double[] u = OpLists.dense(ops, width);
        return charge(List.of(new Op.Unitary(range(0, width), UnitaryPower.power(u, k))), call);
    }

    private static Op singlePower(Op op, long n) {
        if (op instanceof Op.Unitary u) {
            return new Op.Unitary(u.qubits(), Matrices.power(u.matrix(), n));
        } else if (op instanceof Op.ControlledUnitary c) {
            return new Op.ControlledUnitary(c.controls(), c.controlState(), c.targets(),
                    Matrices.power(c.matrix(), n));
        } else if (op instanceof Op.GlobalPhase g) {
            return new Op.GlobalPhase(g.phase() * n);
        }
        throw new IllegalArgumentException("not a unitary op: " + op);
    }

    private static double evaluate(Expr e, ToDoubleFunction<String> scope, Instruction.GateCall call, String what) {
        double v;
        try {
            v = e.evaluate(scope);
        } catch (CompileException ex) {
            throw error(call, ex.getMessage());
        }
        if (!Double.isFinite(v)) {
            throw error(call, what + " of " + call.name() + " evaluates to " + v + "; gate arguments must be finite");
        }
        return v;
    }

    private static void requireDistinct(Instruction.GateCall call) {
        int[] q = call.qubits();
        for (int i = 0; i < q.length; i++) {
            for (int j = i + 1; j < q.length; j++) {
                if (q[i] == q[j]) {
                    throw error(call, call.name() + " uses qubit " + q[i] + " twice; the operands of a gate must differ");
                }
            }
        }
    }

    static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    static CompileException error(Instruction.GateCall call, String message) {
        return new CompileException("line " + call.line() + ": " + message);
    }
}
