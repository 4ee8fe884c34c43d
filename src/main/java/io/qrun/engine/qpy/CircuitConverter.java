package io.qrun.engine.qpy;

import io.qrun.engine.circuit.Expr;
import io.qrun.engine.circuit.Instruction;
import io.qrun.engine.circuit.Modifier;
import io.qrun.engine.circuit.StandardGate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns QPY instructions into circuit-model instructions on the top-level circuit's qubits and
 * clbits. Standard gates map by class name ({@link QiskitGateNames}); custom gates and controlled
 * custom gates are inlined from their definitions (the definition QPY stores is per instance, with
 * the instance's own parameter values already in it), so the compiler sees only standard gates;
 * {@code if_else} becomes {@link Instruction.IfElse} and {@code box} is inlined. Loops, switches and
 * conditions on classical expressions are refused by name, as the OpenQASM parser refuses them.
 */
final class CircuitConverter {

    private static final Set<String> UNSUPPORTED_CONTROL_FLOW = Set.of("ForLoopOp", "WhileLoopOp", "SwitchCaseOp",
            "BreakLoopOp", "ContinueLoopOp");

    private final QpyLimits limits;
    private long emitted;

    CircuitConverter(QpyLimits limits) {
        this.limits = limits;
    }

    /**
     * Appends the instructions of {@code body} to {@code out}, with body qubit i on {@code qubitMap[i]}
     * and body clbit j on {@code clbitMap[j]}.
     */
    void convert(CircuitBody body, int[] qubitMap, int[] clbitMap, List<Instruction> out, int depth) {
        for (CircuitBody.RawInstruction raw : body.instructions()) {
            int[] qubits = map(raw.qubits(), qubitMap);
            int[] clbits = map(raw.clbits(), clbitMap);
            if (raw.conditionKind() != 0 && !raw.className().equals("IfElseOp")) {
                if (raw.className().equals("WhileLoopOp")) {
                    throw reject(raw, "'while' loops");
                }
                // a pre-1.0 c_if condition: the instruction runs inside an if, as Qiskit reads it
                Instruction.Condition condition = condition(raw, body, clbitMap);
                List<Instruction> then = new ArrayList<>();
                convertOne(raw, body, qubits, clbits, qubitMap, clbitMap, then, depth);
                add(out, new Instruction.IfElse(condition, then, List.of(), line(raw)), raw);
            } else {
                convertOne(raw, body, qubits, clbits, qubitMap, clbitMap, out, depth);
            }
        }
    }

    private void convertOne(CircuitBody.RawInstruction raw, CircuitBody body, int[] qubits, int[] clbits,
            int[] qubitMap, int[] clbitMap, List<Instruction> out, int depth) {
        String name = raw.className();
        int line = line(raw);
        switch (name) {
            case "Measure":
                requireArity(raw, 1, 1);
                add(out, new Instruction.Measure(qubits[0], clbits[0], line), raw);
                return;
            case "Reset":
                requireArity(raw, 1, 0);
                add(out, new Instruction.Reset(qubits[0], line), raw);
                return;
            case "Barrier":
                add(out, new Instruction.Barrier(qubits, line), raw);
                return;
            case "Delay":
                add(out, delay(raw, qubits), raw);
                return;
            case "IfElseOp":
                add(out, ifElse(raw, body, qubits, clbits, clbitMap, depth), raw);
                return;
            case "BoxOp":
                // a box groups instructions (for annotations such as twirling); its body runs as written
                convert(block(raw, 0, qubits, clbits), qubits, clbits, out, depth + 1);
                return;
            default:
                break;
        }
        if (UNSUPPORTED_CONTROL_FLOW.contains(name)) {
            throw reject(raw, switch (name) {
                case "ForLoopOp" -> "'for' loops";
                case "WhileLoopOp" -> "'while' loops";
                case "SwitchCaseOp" -> "'switch' statements";
                default -> "'break' and 'continue' statements";
            });
        }
        CircuitBody.CustomOperation custom = body.customs().get(name);
        if (custom != null) {
            custom(raw, custom, qubits, clbits, out, depth);
            return;
        }
        QiskitGateNames.Entry entry = QiskitGateNames.byClass(name);
        if (entry == null) {
            throw new QpyException(raw.offset(), "the instruction '" + name + "' is not supported by Qrun"
                    + (name.equals("UnitaryGate") ? " (arbitrary unitaries: decompose the circuit into standard gates first)"
                            : name.endsWith("Gate") || name.endsWith("Op") ? "; transpile the circuit to standard gates first" : ""));
        }
        add(out, standardGate(raw, entry, qubits, raw.params(), raw.numCtrlQubits(), raw.ctrlState()), raw);
    }

    private Instruction.GateCall standardGate(CircuitBody.RawInstruction raw, QiskitGateNames.Entry entry, int[] qubits,
            List<QpyValue> params, long numCtrl, long ctrlState) {
        String name = raw.className();
        List<Expr> arguments = new ArrayList<>(params.size());
        for (int i = 0; i < params.size(); i++) {
            arguments.add(angle(raw, params.get(i), i));
        }
        int controls = entry.controls() >= 0 ? entry.controls() : (int) Math.min(numCtrl, Integer.MAX_VALUE);
        boolean defaultState = controls == 0 || ctrlState == (1L << controls) - 1;
        if (entry.controls() > 0 && numCtrl != entry.controls()) {
            throw new QpyException(raw.offset(), "'" + name + "' has " + entry.controls() + " controls but the instruction says "
                    + numCtrl);
        }
        String gateName;
        List<Modifier> modifiers = new ArrayList<>();
        if (entry.gate() != null && defaultState) {
            gateName = entry.gate();
        } else if (entry.base() != null) {
            if (controls < 1 || controls > 62) {
                throw new QpyException(raw.offset(), "'" + name + "' with " + controls + " controls is not supported by Qrun");
            }
            gateName = entry.base();
            // control qubit i comes first in the operands and is open when bit i of ctrl_state is 0
            for (int i = 0; i < controls; i++) {
                modifiers.add(new Modifier.Ctrl(1, ((ctrlState >> i) & 1) == 0));
            }
        } else {
            throw new QpyException(raw.offset(), "'" + name + "' with control state " + ctrlState
                    + " (open controls) is not supported by Qrun");
        }
        StandardGate gate = StandardGate.byName(gateName).orElseThrow();
        if (arguments.size() != gate.numParameters()) {
            throw new QpyException(raw.offset(), "'" + name + "' takes " + gate.numParameters() + " parameters, the instruction has "
                    + arguments.size());
        }
        int expectedQubits = gate.numQubits() + modifiers.size();
        if (qubits.length != expectedQubits) {
            throw new QpyException(raw.offset(), "'" + name + "' acts on " + expectedQubits + " qubits, the instruction has "
                    + qubits.length);
        }
        if (raw.clbits().length != 0) {
            throw new QpyException(raw.offset(), "the gate '" + name + "' has clbit arguments");
        }
        return new Instruction.GateCall(gateName, arguments, qubits, modifiers, line(raw));
    }

    private void custom(CircuitBody.RawInstruction raw, CircuitBody.CustomOperation custom, int[] qubits, int[] clbits,
            List<Instruction> out, int depth) {
        String display = displayName(custom.name());
        switch (custom.type()) {
            case 'g':
            case 'i':
            case 'c': {
                if (custom.definition() == null) {
                    throw new QpyException(raw.offset(), "the custom instruction '" + display
                            + "' has no definition (an opaque instruction); Qrun can only run instructions it can decompose");
                }
                CircuitBody definition = custom.definition();
                if (definition.numQubits() != qubits.length || definition.numClbits() != clbits.length) {
                    throw new QpyException(custom.offset(), "the definition of '" + display + "' has " + definition.numQubits()
                            + " qubits and " + definition.numClbits() + " clbits but is applied to " + qubits.length + " and "
                            + clbits.length);
                }
                List<Integer> open = new ArrayList<>();
                if (custom.type() == 'c') {
                    // QPY stores the definition with all controls closed; an open control is X around it
                    if (custom.numCtrlQubits() > 62) {
                        throw new QpyException(custom.offset(), "the controlled gate '" + display + "' has "
                                + custom.numCtrlQubits() + " controls; Qrun reads control states of at most 62");
                    }
                    int n = (int) Math.min(custom.numCtrlQubits(), qubits.length);
                    for (int i = 0; i < n; i++) {
                        if (((custom.ctrlState() >> i) & 1) == 0) {
                            open.add(qubits[i]);
                        }
                    }
                }
                for (int q : open) {
                    add(out, new Instruction.GateCall("x", List.of(), new int[] {q}, List.of(), line(raw)), raw);
                }
                convert(definition, qubits, clbits, out, depth + 1);
                for (int q : open) {
                    add(out, new Instruction.GateCall("x", List.of(), new int[] {q}, List.of(), line(raw)), raw);
                }
                return;
            }
            case 'a':
                add(out, annotated(raw, custom, qubits), raw);
                return;
            case 'p':
                throw new QpyException(raw.offset(), "PauliEvolutionGate is not supported by Qrun; transpile the circuit to "
                        + "standard gates first");
            default:
                throw new QpyException(custom.offset(), "unknown custom definition type '"
                        + ParameterExpressionReader.printable(custom.type()) + "' for '" + display + "'");
        }
    }

    /** An AnnotatedOperation on a standard gate: its modifiers (inverse, control, power) as gate modifiers. */
    private Instruction.GateCall annotated(CircuitBody.RawInstruction raw, CircuitBody.CustomOperation custom, int[] qubits) {
        CircuitBody.RawInstruction base = custom.baseGate();
        QiskitGateNames.Entry entry = base == null ? null : QiskitGateNames.byClass(base.className());
        if (entry == null || entry.gate() == null) {
            throw new QpyException(raw.offset(), "the annotated operation '" + displayName(custom.name())
                    + "' is not on a standard gate; Qrun supports modifiers on standard gates only");
        }
        // Qiskit applies the modifiers in list order, the first innermost; written as OpenQASM modifiers
        // the last one is leftmost, and each control modifier's controls come first among the operands
        List<List<Modifier>> groups = new ArrayList<>();
        int controls = 0;
        for (QpyValue v : raw.params()) {
            if (!(v instanceof QpyValue.Modifier m)) {
                throw new QpyException(raw.offset(), "expected the modifiers of an annotated operation, found " + QpyValue.describe(v));
            }
            List<Modifier> group = new ArrayList<>();
            switch (m.kind()) {
                case 'i' -> group.add(new Modifier.Inv());
                case 'p' -> group.add(new Modifier.Pow(Expr.constant(m.power())));
                case 'c' -> {
                    if (m.numCtrlQubits() < 1 || m.numCtrlQubits() > 62) {
                        throw new QpyException(raw.offset(), "a control modifier with " + m.numCtrlQubits() + " controls");
                    }
                    for (int i = 0; i < m.numCtrlQubits(); i++) {
                        group.add(new Modifier.Ctrl(1, ((m.ctrlState() >> i) & 1) == 0));
                    }
                    controls += (int) m.numCtrlQubits();
                }
                default -> throw new QpyException(raw.offset(), "unknown modifier type '" + m.kind() + "'");
            }
            groups.add(group);
        }
        java.util.Collections.reverse(groups);
        List<Modifier> modifiers = new ArrayList<>();
        groups.forEach(modifiers::addAll);
        if (controls > qubits.length) {
            throw new QpyException(raw.offset(), "the annotated operation has " + controls + " controls but acts on "
                    + qubits.length + " qubits");
        }
        Instruction.GateCall inner = standardGate(base, entry, java.util.Arrays.copyOfRange(qubits, controls, qubits.length),
                base.params(), base.numCtrlQubits(), base.ctrlState());
        List<Modifier> all = new ArrayList<>(modifiers);
        all.addAll(inner.modifiers());
        return new Instruction.GateCall(inner.name(), inner.arguments(), qubits, all, line(raw));
    }

    private Instruction.IfElse ifElse(CircuitBody.RawInstruction raw, CircuitBody body, int[] qubits, int[] clbits,
            int[] clbitMap, int depth) {
        if (raw.conditionKind() != 1 && raw.conditionKind() != 2) {
            throw new QpyException(raw.offset(), "an if_else without a condition");
        }
        Instruction.Condition condition = condition(raw, body, clbitMap);
        List<Instruction> then = new ArrayList<>();
        convert(block(raw, 0, qubits, clbits), qubits, clbits, then, depth + 1);
        List<Instruction> otherwise = new ArrayList<>();
        if (raw.params().size() > 1 && !(raw.params().get(1) instanceof QpyValue.Null)) {
            convert(block(raw, 1, qubits, clbits), qubits, clbits, otherwise, depth + 1);
        }
        return new Instruction.IfElse(condition, then, otherwise, line(raw));
    }

    private static CircuitBody block(CircuitBody.RawInstruction raw, int index, int[] qubits, int[] clbits) {
        if (raw.params().size() <= index || !(raw.params().get(index) instanceof QpyValue.Block b)) {
            throw new QpyException(raw.offset(), "expected block " + index + " of '" + raw.className() + "' to be a circuit");
        }
        CircuitBody body = b.body();
        if (body.numQubits() != qubits.length || body.numClbits() != clbits.length) {
            throw new QpyException(body.offset(), "a block of '" + raw.className() + "' has " + body.numQubits() + " qubits and "
                    + body.numClbits() + " clbits but the instruction has " + qubits.length + " and " + clbits.length);
        }
        return body;
    }

    /** The condition register or bit, resolved in the body the instruction sits in and mapped to top-level clbits. */
    private static Instruction.Condition condition(CircuitBody.RawInstruction raw, CircuitBody body, int[] clbitMap) {
        if (raw.conditionKind() == 2) {
            Instruction.Condition local = ExpressionConditions.of(raw.conditionExpression(), body, raw.offset());
            int[] bits = new int[local.clbits().length];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = clbitMap[local.clbits()[i]];
            }
            return new Instruction.Condition(bits, local.value());
        }
        QpyValue.RegisterRef target = raw.conditionTarget();
        if (target.register() == null) {
            if (target.clbit() >= body.numClbits()) {
                throw new QpyException(raw.offset(), "the condition reads clbit " + target.clbit() + " but the circuit has "
                        + body.numClbits());
            }
            if (raw.conditionValue() != 0 && raw.conditionValue() != 1) {
                throw new QpyException(raw.offset(), "a condition on one bit compares it with " + raw.conditionValue());
            }
            return new Instruction.Condition(new int[] {clbitMap[target.clbit()]}, raw.conditionValue());
        }
        long[] indices = body.clbitRegisters().get(target.register());
        if (indices == null) {
            throw new QpyException(raw.offset(), "the condition reads the register '" + target.register()
                    + "', which the circuit does not have");
        }
        if (indices.length > 63) {
            throw new QpyException(raw.offset(), "a condition on the " + indices.length + "-bit register '" + target.register()
                    + "'; Qrun compares registers of at most 63 bits");
        }
        int[] bits = new int[indices.length];
        for (int i = 0; i < bits.length; i++) {
            if (indices[i] < 0) {
                throw new QpyException(raw.offset(), "the condition register '" + target.register() + "' has a bit outside the circuit");
            }
            bits[i] = clbitMap[(int) indices[i]];
        }
        return new Instruction.Condition(bits, raw.conditionValue());
    }

    private static Instruction.Delay delay(CircuitBody.RawInstruction raw, int[] qubits) {
        if (raw.params().isEmpty() || !(raw.params().get(0) instanceof QpyValue.Number n)) {
            throw new QpyException(raw.offset(), "a delay whose duration is "
                    + (raw.params().isEmpty() ? "missing" : QpyValue.describe(raw.params().get(0)))
                    + "; Qrun runs delays of a fixed duration");
        }
        // Qiskit's writer does not store the unit (its reader assumes dt); a second string parameter, when present, is it
        String unit = "dt";
        if (raw.params().size() > 1 && raw.params().get(1) instanceof QpyValue.Text t) {
            unit = t.value();
        }
        if (!Set.of("ns", "us", "µs", "ms", "s", "dt").contains(unit)) {
            throw new QpyException(raw.offset(), "a delay in unit '" + unit + "'");
        }
        return new Instruction.Delay(n.value(), unit, qubits, line(raw));
    }

    private static Expr angle(CircuitBody.RawInstruction raw, QpyValue v, int index) {
        if (v instanceof QpyValue.Number n) {
            return Expr.constant(n.value());
        }
        if (v instanceof QpyValue.Symbolic s) {
            return s.expr();
        }
        throw new QpyException(raw.offset(), "parameter " + index + " of '" + raw.className() + "' is " + QpyValue.describe(v)
                + "; expected a number or parameter expression");
    }

    private static void requireArity(CircuitBody.RawInstruction raw, int qubits, int clbits) {
        if (raw.qubits().length != qubits || raw.clbits().length != clbits) {
            throw new QpyException(raw.offset(), "'" + raw.className() + "' acts on " + qubits + " qubit(s) and " + clbits
                    + " clbit(s), the instruction has " + raw.qubits().length + " and " + raw.clbits().length);
        }
    }

    private void add(List<Instruction> out, Instruction instruction, CircuitBody.RawInstruction raw) {
        if (++emitted > limits.maxInstructions()) {
            throw new QpyException(raw.offset(), "the circuit has more than " + limits.maxInstructions()
                    + " instructions after inlining custom definitions (QpyLimits.maxInstructions)");
        }
        out.add(instruction);
    }

    private static int[] map(int[] local, int[] map) {
        int[] out = new int[local.length];
        for (int i = 0; i < local.length; i++) {
            out[i] = map[local[i]];
        }
        return out;
    }

    /** A QPY circuit has no source lines: the instruction's byte offset in the payload stands in for one in messages. */
    private static int line(CircuitBody.RawInstruction raw) {
        return (int) Math.min(Integer.MAX_VALUE, raw.offset());
    }

    /** QPY 11+ appends "_" and a UUID to custom names; messages show the name the user gave. */
    static String displayName(String name) {
        int cut = name.lastIndexOf('_');
        return cut > 0 && name.length() - cut - 1 >= 32 ? name.substring(0, cut) : name;
    }

    private static QpyException reject(CircuitBody.RawInstruction raw, String construct) {
        return new QpyException(raw.offset(), construct + " are not supported by Qrun");
    }
}
