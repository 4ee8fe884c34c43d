package io.qrun.engine.qpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.Instruction;
import io.qrun.engine.circuit.Modifier;
import io.qrun.engine.compile.CircuitCompiler;
import io.qrun.engine.compile.CompileOptions;
import io.qrun.engine.compile.CompiledCircuit;
import io.qrun.engine.qasm.QasmParser;
import io.qrun.engine.sim.Simulator;
import io.qrun.engine.sim.SimulatorConfig;
import io.qrun.engine.sim.StateVector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Test helpers: the corpus payloads, their OpenQASM twins, and comparisons on the engine. */
final class Twins {

    private static final Simulator SIMULATOR = new Simulator(SimulatorConfig.defaults());

    private Twins() {}

    /** A corpus resource: base64 of zlib of QPY ({@code name.b64}) or base64 of raw QPY ({@code name.raw.b64}). */
    static byte[] resource(String name) {
        String text;
        try (InputStream in = Twins.class.getResourceAsStream("/qpy/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /qpy/" + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        byte[] decoded = Base64.getDecoder().decode(text);
        return name.endsWith(".raw.b64") ? decoded : inflate(decoded);
    }

    /** The test's own zlib inflation, independent of the production code's. */
    static byte[] inflate(byte[] compressed) {
        Inflater inflater = new Inflater();
        inflater.setInput(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && inflater.needsInput()) {
                    throw new IllegalArgumentException("truncated zlib stream");
                }
                out.write(buf, 0, n);
            }
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(e);
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    static Circuit qpy(String resource) {
        return new QpyReader().read(resource(resource));
    }

    static Circuit qasm(String source) {
        return new QasmParser().parse(source);
    }

    static StateVector state(Circuit c, double... values) {
        CompiledCircuit cc = new CircuitCompiler(CompileOptions.defaults()).compile(c, values);
        return SIMULATOR.finalState(cc.program());
    }

    /** Both circuits compile to the same qubits and the same final state (to 1e-12). */
    static void assertSameState(Circuit expected, Circuit actual, double... values) {
        CompiledCircuit a = new CircuitCompiler(CompileOptions.defaults()).compile(expected, values);
        CompiledCircuit b = new CircuitCompiler(CompileOptions.defaults()).compile(actual, values);
        assertArrayEquals(a.circuitQubits(), b.circuitQubits(), "compiled qubits");
        StateVector x = SIMULATOR.finalState(a.program());
        StateVector y = SIMULATOR.finalState(b.program());
        assertEquals(x.dimension(), y.dimension());
        for (long i = 0; i < x.dimension(); i++) {
            assertEquals(x.re(i), y.re(i), 1e-12, "re of amplitude " + i);
            assertEquals(x.im(i), y.im(i), 1e-12, "im of amplitude " + i);
        }
    }

    /**
     * The circuit model as text (gate names, arguments evaluated at {@code binding}, operands,
     * modifiers, registers, parameters), so two models can be compared for equality; lines are left out.
     */
    static String describe(Circuit c, Map<String, Double> binding) {
        StringBuilder sb = new StringBuilder();
        sb.append("qubits ").append(c.numQubits()).append(c.physicalQubits() ? " physical" : "").append(", clbits ")
                .append(c.numClbits()).append(", registers ").append(c.registers()).append(", parameters ")
                .append(c.parameters()).append('\n');
        describe(c.instructions(), binding, "", sb);
        return sb.toString();
    }

    private static void describe(List<Instruction> list, Map<String, Double> binding, String indent, StringBuilder sb) {
        for (Instruction i : list) {
            sb.append(indent);
            if (i instanceof Instruction.GateCall g) {
                List<String> mods = new ArrayList<>();
                for (Modifier m : g.modifiers()) {
                    mods.add(m instanceof Modifier.Ctrl ctrl ? (ctrl.negative() ? "negctrl(" : "ctrl(") + ctrl.count() + ")"
                            : m instanceof Modifier.Inv ? "inv" : "pow(" + ((Modifier.Pow) m).exponent().evaluate(binding::get) + ")");
                }
                sb.append(String.join(" @ ", mods)).append(mods.isEmpty() ? "" : " @ ").append(g.name())
                        .append(g.arguments().stream().map(e -> String.format("%.12f", e.evaluate(binding::get)))
                                .collect(Collectors.joining(", ", "(", ")")))
                        .append(' ').append(java.util.Arrays.toString(g.qubits()));
            } else if (i instanceof Instruction.Measure m) {
                sb.append("measure ").append(m.qubit()).append(" -> ").append(m.clbit());
            } else if (i instanceof Instruction.Reset r) {
                sb.append("reset ").append(r.qubit());
            } else if (i instanceof Instruction.Barrier b) {
                sb.append("barrier ").append(java.util.Arrays.toString(b.qubits()));
            } else if (i instanceof Instruction.Delay d) {
                sb.append("delay ").append(d.duration()).append(d.unit()).append(' ').append(java.util.Arrays.toString(d.qubits()));
            } else if (i instanceof Instruction.IfElse f) {
                sb.append("if ").append(java.util.Arrays.toString(f.condition().clbits())).append(" == ")
                        .append(f.condition().value()).append('\n');
                describe(f.thenBody(), binding, indent + "  ", sb);
                sb.append(indent).append("else\n");
                describe(f.elseBody(), binding, indent + "  ", sb);
                sb.append(indent).append("end");
            }
            sb.append('\n');
        }
    }
}
