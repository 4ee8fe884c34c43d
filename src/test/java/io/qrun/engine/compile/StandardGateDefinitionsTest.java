package io.qrun.engine.compile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.circuit.StandardGate;
import io.qrun.engine.circuit.StandardGateDefinitions;
import io.qrun.engine.qasm.QasmParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Every qasm_def a backend configuration shows is a true definition of its gate: the definition,
 * renamed and applied with random angles, compiles on the engine to the gate's own matrix up to a
 * global phase.
 */
class StandardGateDefinitionsTest {

    /** The names a backend lists (BackendGates leaves out these built-ins and aliases). */
    private static final List<String> NOT_LISTED = List.of("U", "gphase", "CX");

    @Test
    void everyListableGateHasADefinitionEqualToItsMatrix() {
        Random random = new Random(20260101);
        List<String> checked = new ArrayList<>();
        for (StandardGate g : StandardGate.values()) {
            if (NOT_LISTED.contains(g.qasmName())) {
                continue;
            }
            String def = StandardGateDefinitions.of(g.qasmName())
                    .orElseThrow(() -> new AssertionError("no qasm_def for " + g.qasmName()));
            assertTrue(def.startsWith("gate " + g.qasmName() + " ") || def.startsWith("gate " + g.qasmName() + "("), def);
            for (int trial = 0; trial < 3; trial++) {
                double[] params = new double[g.numParameters()];
                StringJoiner args = new StringJoiner(", ", "(", ")");
                for (int i = 0; i < params.length; i++) {
                    params[i] = (random.nextDouble() * 2 - 1) * 2 * Math.PI;
                    args.add(Double.toString(params[i]));
                }
                StringJoiner qubits = new StringJoiner(", ");
                int[] on = new int[g.numQubits()];
                for (int q = 0; q < on.length; q++) {
                    qubits.add("q[" + q + "]");
                    on[q] = q;
                }
                String program = "OPENQASM 3.0; include \"stdgates.inc\"; "
                        + def.replaceFirst("gate " + g.qasmName(), "gate def_" + g.qasmName())
                        + " qubit[" + on.length + "] q; def_" + g.qasmName() + (params.length == 0 ? "" : args.toString())
                        + " " + qubits + ";";
                double[] actual = Dense.unitary(new CircuitCompiler(CompileOptions.defaults().withFuse(false))
                        .compile(new QasmParser().parse(program), new double[0]).program());
                double[] expected = Dense.embed(GateMatrices.matrix(g, params), on, on.length);
                Dense.assertClose(withPhaseOf(actual, expected), actual, 1e-9);
            }
            checked.add(g.qasmName());
        }
        assertTrue(checked.size() > 45, "checked " + checked);
    }

    /** {@code expected} times the global phase that makes it agree with {@code actual} at its largest entry. */
    private static double[] withPhaseOf(double[] actual, double[] expected) {
        int best = 0;
        for (int k = 0; k < expected.length; k += 2) {
            if (Math.hypot(expected[k], expected[k + 1]) > Math.hypot(expected[best], expected[best + 1])) {
                best = k;
            }
        }
        double er = expected[best], ei = expected[best + 1], ar = actual[best], ai = actual[best + 1];
        double n = er * er + ei * ei;
        double pr = (ar * er + ai * ei) / n, pi = (ai * er - ar * ei) / n;
        double norm = Math.hypot(pr, pi);
        return Dense.scale(expected, pr / norm, pi / norm);
    }
}
