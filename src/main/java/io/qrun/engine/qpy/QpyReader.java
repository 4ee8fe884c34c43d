package io.qrun.engine.qpy;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.ClassicalRegister;
import io.qrun.engine.circuit.Expr;
import io.qrun.engine.circuit.Instruction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a QPY payload (versions 13 to 17, what {@code qiskit-ibm-runtime} sends) holding one
 * circuit into the same {@link Circuit} model the OpenQASM parser builds, so compilation and
 * simulation do not know which form the circuit came in. Parameters are in Qiskit's
 * {@code circuit.parameters} order; a circuit with a transpile layout is on physical qubits (as
 * Qiskit's OpenQASM 3 exporter writes {@code $n}); the top-level global phase, unobservable in any
 * result, is kept as a {@code gphase} so the model means exactly what the payload means.
 *
 * <p>Every failure is a {@link QpyException} with the byte offset. Instances hold only the limits.
 */
public final class QpyReader {

    /** Oldest and newest QPY versions Qrun reads (the range Qiskit Runtime clients write). */
    public static final int MIN_VERSION = 13;
    public static final int MAX_VERSION = 17;

    private static final byte[] MAGIC = {'Q', 'I', 'S', 'K', 'I', 'T'};

    private final QpyLimits limits;

    public QpyReader() {
        this(QpyLimits.defaults());
    }

    public QpyReader(QpyLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Reads the one circuit of {@code qpy} (raw QPY bytes, already inflated). */
    public Circuit read(byte[] qpy) {
        Objects.requireNonNull(qpy, "qpy");
        ByteReader in = new ByteReader(qpy);
        in.require(MAGIC.length, "the QPY magic 'QISKIT'");
        for (byte b : MAGIC) {
            if (in.u8("QPY magic") != (b & 0xff)) {
                throw new QpyException(0, "not a QPY payload: it does not start with 'QISKIT'");
            }
        }
        long versionAt = in.position();
        int version = in.u8("QPY version");
        if (version < MIN_VERSION || version > MAX_VERSION) {
            throw new QpyException(versionAt, "QPY version " + version + " is not supported; Qrun reads versions "
                    + MIN_VERSION + " to " + MAX_VERSION + " (Qiskit 2.x with qiskit-ibm-runtime)");
        }
        in.skip(3, "Qiskit version");
        long countAt = in.position();
        long count = in.u64("number of programs");
        if (count != 1) {
            throw new QpyException(countAt, "the payload holds " + count + " circuits; a PUB has exactly one");
        }
        in.ascii("symbolic encoding");
        long typeAt = in.position();
        char type = in.ascii("program type");
        if (type != 'q') {
            throw new QpyException(typeAt, type == 's' ? "pulse schedules are not supported by Qrun"
                    : "expected program type 'q' (circuit), found '" + ParameterExpressionReader.printable(type) + "'");
        }
        if (version >= 16) {
            long tableAt = in.position();
            long start = in.u64("circuit start offset");
            if (start != in.position()) {
                throw new QpyException(tableAt, "the circuit start table says the circuit begins at byte " + start
                        + " but it follows the table at byte " + in.position());
            }
        }
        ParameterSymbols symbols = new ParameterSymbols();
        CircuitBody body = new CircuitBodyReader(version, limits, symbols).read(in, 0);
        if (!in.atEnd()) {
            throw in.error(in.remaining() + " unexpected bytes after the circuit");
        }
        return toCircuit(body, symbols);
    }

    private Circuit toCircuit(CircuitBody body, ParameterSymbols symbols) {
        List<Instruction> instructions = new ArrayList<>();
        if (body.globalPhase() instanceof QpyValue.Symbolic s) {
            instructions.add(new Instruction.GateCall("gphase", List.of(s.expr()), new int[0], List.of(), 0));
        } else if (((QpyValue.Number) body.globalPhase()).value() != 0) {
            instructions.add(new Instruction.GateCall("gphase",
                    List.of(Expr.constant(((QpyValue.Number) body.globalPhase()).value())), new int[0], List.of(), 0));
        }
        new CircuitConverter(limits).convert(body, identity(body.numQubits()), identity(body.numClbits()), instructions, 0);
        List<ClassicalRegister> registers = new ArrayList<>();
        for (String name : body.registerOrder()) {
            registers.add(contiguous(name, body.clbitRegisters().get(name), body.offset()));
        }
        // Qiskit's circuit.parameters: what the instructions (and control-flow blocks) take as parameters,
        // even a custom gate's parameter its definition ignores; then what the inlined model reads
        Set<String> used = new LinkedHashSet<>();
        collectRawParameters(body, used);
        collectParameters(instructions, used);
        int numQubits = body.numQubits();
        if (body.hasLayout()) {
            // on physical qubits the circuit model counts up to the highest qubit used, as for OpenQASM's $n
            numQubits = highestQubit(instructions) + 1;
        }
        return new Circuit(numQubits, body.hasLayout(), registers, body.numClbits(), symbols.sorted(used), Map.of(),
                instructions);
    }

    /** The circuit model's registers are runs of the flat bit space; Qiskit builds its registers so. */
    private static ClassicalRegister contiguous(String name, long[] indices, long offset) {
        if (indices.length == 0) {
            return new ClassicalRegister(name, 0, 0);
        }
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] != indices[0] + i) {
                throw new QpyException(offset, "the classical register '" + name + "' is not a run of consecutive clbits "
                        + "(bit " + i + " is clbit " + indices[i] + "); Qrun reads registers whose bits follow one another");
            }
        }
        return new ClassicalRegister(name, indices.length, (int) indices[0]);
    }

    private static void collectRawParameters(CircuitBody body, Set<String> out) {
        if (body.globalPhase() instanceof QpyValue.Symbolic s) {
            out.addAll(s.expr().parameters());
        }
        for (CircuitBody.RawInstruction raw : body.instructions()) {
            for (QpyValue v : raw.params()) {
                collectRawParameters(v, out);
            }
        }
    }

    private static void collectRawParameters(QpyValue v, Set<String> out) {
        if (v instanceof QpyValue.Symbolic s) {
            out.addAll(s.expr().parameters());
        } else if (v instanceof QpyValue.Block b) {
            collectRawParameters(b.body(), out);
        } else if (v instanceof QpyValue.Tuple t) {
            for (QpyValue item : t.items()) {
                collectRawParameters(item, out);
            }
        }
    }

    private static void collectParameters(List<Instruction> instructions, Set<String> out) {
        for (Instruction i : instructions) {
            if (i instanceof Instruction.GateCall g) {
                for (Expr e : g.arguments()) {
                    out.addAll(e.parameters());
                }
            } else if (i instanceof Instruction.IfElse f) {
                collectParameters(f.thenBody(), out);
                collectParameters(f.elseBody(), out);
            }
        }
    }

    private static int highestQubit(List<Instruction> instructions) {
        int max = -1;
        for (Instruction i : instructions) {
            int[] qubits;
            if (i instanceof Instruction.GateCall g) {
                qubits = g.qubits();
            } else if (i instanceof Instruction.Measure m) {
                qubits = new int[] {m.qubit()};
            } else if (i instanceof Instruction.Reset r) {
                qubits = new int[] {r.qubit()};
            } else if (i instanceof Instruction.Barrier b) {
                qubits = b.qubits();
            } else if (i instanceof Instruction.Delay d) {
                qubits = d.qubits();
            } else {
                Instruction.IfElse f = (Instruction.IfElse) i;
                max = Math.max(max, Math.max(highestQubit(f.thenBody()), highestQubit(f.elseBody())));
                continue;
            }
            for (int q : qubits) {
                max = Math.max(max, q);
            }
        }
        return max;
    }

    private static int[] identity(int n) {
        int[] map = new int[n];
        for (int i = 0; i < n; i++) {
            map[i] = i;
        }
        return map;
    }
}
