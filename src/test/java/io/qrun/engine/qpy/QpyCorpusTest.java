package io.qrun.engine.qpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.sim.StateVector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The real QPY payloads of src/test/resources/qpy (written by Qiskit 2.3.0 and 2.5.2, see the
 * README there), each against its OpenQASM 3 twin written by hand: same circuit model, same final
 * state on the engine, and the amplitudes a physicist expects.
 */
class QpyCorpusTest {

    private static final double H = Math.sqrt(0.5);

    @Test
    void bellFromQpy14MatchesItsTwin() {
        Circuit qpy = Twins.qpy("schemas_h_cx_v14.b64");
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[2] q;
                h q[0];
                cx q[0], q[1];
                """);
        assertEquals(Twins.describe(twin, Map.of()), Twins.describe(qpy, Map.of()));
        Twins.assertSameState(twin, qpy);
        StateVector s = Twins.state(qpy);
        assertEquals(H, s.re(0), 1e-15);
        assertEquals(H, s.re(3), 1e-15);
        assertEquals(0, s.probability(1) + s.probability(2), 1e-15);
    }

    @Test
    void xThenCxFromQpy14IsBasisState11() {
        Circuit qpy = Twins.qpy("schemas_x_cx_v14.b64");
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[2] q;
                x q[0];
                cx q[0], q[1];
                """);
        assertEquals(Twins.describe(twin, Map.of()), Twins.describe(qpy, Map.of()));
        Twins.assertSameState(twin, qpy);
        assertEquals(1.0, Twins.state(qpy).probability(3), 1e-15);
    }

    @Test
    void ghzFromQpy14MatchesItsTwin() {
        Circuit qpy = Twins.qpy("schemas_ghz3_v14.b64");
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[3] q;
                h q[0];
                cx q[0], q[1];
                cx q[1], q[2];
                """);
        assertEquals(Twins.describe(twin, Map.of()), Twins.describe(qpy, Map.of()));
        StateVector s = Twins.state(qpy);
        assertEquals(0.5, s.probability(0), 1e-15);
        assertEquals(0.5, s.probability(7), 1e-15);
        Twins.assertSameState(twin, qpy);
    }

    @Test
    void czFromQpy14() {
        Circuit qpy = Twins.qpy("schemas_cz_v14.b64");
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[2] q;
                cz q[0], q[1];
                """);
        assertEquals(Twins.describe(twin, Map.of()), Twins.describe(qpy, Map.of()));
        Twins.assertSameState(twin, qpy);
    }

    @Test
    void parameterisedRzFromQpy14HasParameterP() {
        Circuit qpy = Twins.qpy("schemas_rz_param_v14.b64");
        assertEquals(List.of("p"), qpy.parameters());
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                input float[64] p;
                qubit[1] q;
                rz(p) q[0];
                """);
        assertEquals(Twins.describe(twin, Map.of("p", 0.7)), Twins.describe(qpy, Map.of("p", 0.7)));
        Twins.assertSameState(twin, qpy, 0.7);
        // Qiskit's rz(p) = diag(e^{-ip/2}, e^{ip/2}): on |0> the amplitude is e^{-0.35 i}
        StateVector s = Twins.state(qpy, 0.7);
        assertEquals(Math.cos(0.35), s.re(0), 1e-15);
        assertEquals(-Math.sin(0.35), s.im(0), 1e-15);
    }

    @Test
    void cxOnQubits1And2FromQpy13() {
        Circuit qpy = Twins.qpy("schemas_cx12_3q_v13.b64");
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[3] q;
                cx q[1], q[2];
                """);
        assertEquals(Twins.describe(twin, Map.of()), Twins.describe(qpy, Map.of()));
    }

    @Test
    void reversedCxFromQpy13() {
        Circuit qpy = Twins.qpy("schemas_cx10_v13.b64");
        Circuit twin = Twins.qasm("""
                OPENQASM 3.0;
                include "stdgates.inc";
                qubit[2] q;
                x q[1];
                cx q[1], q[0];
                """);
        assertEquals("cx() [1, 0]", Twins.describe(qpy, Map.of()).lines().skip(1).findFirst().orElseThrow());
        // prepare |q1=1> before the payload's cx(1, 0): the target q0 flips, giving |11>
        Circuit prepared = new Circuit(qpy.numQubits(), false, qpy.registers(), qpy.numClbits(), qpy.parameters(),
                qpy.definitions(), java.util.stream.Stream.concat(
                        twin.instructions().stream().limit(1), qpy.instructions().stream()).toList());
        Twins.assertSameState(twin, prepared);
        assertEquals(1.0, Twins.state(prepared).probability(3), 1e-15);
    }

    @Test
    void emptyCircuitsFromQpy13AndQpy17() {
        for (String name : List.of("chemrefine_empty_v13.raw.b64", "chemrefine_empty_v17.raw.b64")) {
            Circuit c = Twins.qpy(name);
            assertEquals(1, c.numQubits(), name);
            assertEquals(0, c.numClbits(), name);
            assertTrue(c.instructions().isEmpty(), name);
            assertTrue(c.registers().isEmpty(), name);
            assertFalse(c.physicalQubits(), name);
        }
    }
}
