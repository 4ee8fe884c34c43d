package io.qrun.engine.target;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.Expr;
import io.qrun.engine.circuit.Instruction;
import io.qrun.engine.circuit.Modifier;
import io.qrun.engine.circuit.StandardGate;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Checks that a circuit fits a backend's instruction set, as the service it mirrors does: a QPU
 * runs circuits written for it, it does not transpile them.
 *
 * <p>Every backend: each qubit an instruction uses must exist. A permissive backend accepts any
 * standard or defined gate, with modifiers, on any qubits. Otherwise every top-level gate (and every
 * gate in an if/else body) must be named in the basis gates and carry no modifier, and a two-qubit
 * gate must act on a directed pair of the coupling map. {@code measure}, {@code reset},
 * {@code delay} and {@code barrier} are always accepted, and so is an unmodified {@code gphase}
 * (a global phase acts on no qubit). Gates on three or more qubits are accepted when the basis
 * names them: the coupling map only describes pairs.
 */
public final class IsaChecker {

    private IsaChecker() {}

    /** Throws {@link IsaViolationException} describing the first violation, in program order. */
    public static void check(Circuit circuit, Target target) {
        checkAll(circuit.instructions(), circuit, target);
        if (circuit.numQubits() > target.numQubits()) {
            throw new IsaViolationException("The circuit has " + circuit.numQubits() + " qubits but backend "
                    + target.name() + " has " + target.numQubits() + " qubits");
        }
    }

    private static void checkAll(List<Instruction> instructions, Circuit circuit, Target target) {
        for (Instruction instruction : instructions) {
            checkOne(instruction, circuit, target);
        }
    }

    private static void checkOne(Instruction instruction, Circuit circuit, Target target) {
        if (instruction instanceof Instruction.GateCall call) {
            checkQubits(call.qubits(), target);
            checkGate(call, circuit, target);
        } else if (instruction instanceof Instruction.Measure m) {
            checkQubits(new int[] {m.qubit()}, target);
        } else if (instruction instanceof Instruction.Reset r) {
            checkQubits(new int[] {r.qubit()}, target);
        } else if (instruction instanceof Instruction.Barrier b) {
            checkQubits(b.qubits(), target);
        } else if (instruction instanceof Instruction.Delay d) {
            checkQubits(d.qubits(), target);
        } else if (instruction instanceof Instruction.IfElse ifElse) {
            checkAll(ifElse.thenBody(), circuit, target);
            checkAll(ifElse.elseBody(), circuit, target);
        }
    }

    private static void checkQubits(int[] qubits, Target target) {
        for (int q : qubits) {
            if (q < 0 || q >= target.numQubits()) {
                throw new IsaViolationException("The circuit uses qubit " + q + " but backend " + target.name()
                        + " has " + target.numQubits() + " qubits");
            }
        }
    }

    private static void checkGate(Instruction.GateCall call, Circuit circuit, Target target) {
        boolean known = StandardGate.byName(call.name()).isPresent() || circuit.definitions().containsKey(call.name());
        if (!known) {
            throw violation(call, call.name() + " is neither a standard gate nor defined by a gate statement");
        }
        if (target.permissive()) {
            return;
        }
        if (!call.modifiers().isEmpty()) {
            throw violation(call, "gate modifiers are not part of the instruction set; send the "
                    + "circuit transpiled to the basis gates " + sorted(target.basisGates()));
        }
        if (call.name().equals(StandardGate.GPHASE.qasmName())) {
            return;
        }
        if (!target.basisGates().contains(call.name())) {
            throw violation(call, call.name() + " is not one of the basis gates " + sorted(target.basisGates()));
        }
        int[] q = call.qubits();
        if (q.length == 2 && !target.isCoupled(q[0], q[1])) {
            throw violation(call, "the coupling map has no pair [" + q[0] + ", " + q[1] + "]");
        }
    }

    private static IsaViolationException violation(Instruction.GateCall call, String reason) {
        return new IsaViolationException("The instruction " + describe(call) + " on qubits ("
                + IntStream.of(call.qubits()).mapToObj(Integer::toString).collect(Collectors.joining(", "))
                + ") is not supported by the target (line " + call.line() + ": " + reason + ")");
    }

    /** The gate as written, modifiers included: {@code ctrl(2) @ inv @ x}. */
    static String describe(Instruction.GateCall call) {
        StringBuilder sb = new StringBuilder();
        for (Modifier m : call.modifiers()) {
            if (m instanceof Modifier.Ctrl c) {
                sb.append(c.negative() ? "negctrl" : "ctrl").append(c.count() == 1 ? "" : "(" + c.count() + ")");
            } else if (m instanceof Modifier.Inv) {
                sb.append("inv");
            } else if (m instanceof Modifier.Pow p) {
                sb.append("pow(").append(p.exponent() instanceof Expr.Constant k ? Double.toString(k.value()) : "...")
                        .append(")");
            }
            sb.append(" @ ");
        }
        return sb.append(call.name()).toString();
    }

    private static String sorted(java.util.Set<String> names) {
        return new TreeSet<>(names).toString();
    }
}
