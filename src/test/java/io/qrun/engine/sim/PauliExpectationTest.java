package io.qrun.engine.sim;

import static io.qrun.engine.sim.TestGates.CX;
import static io.qrun.engine.sim.TestGates.H;
import static io.qrun.engine.sim.TestGates.u;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PauliExpectationTest {

    private final Simulator sim = new Simulator(SimulatorConfig.defaults());

    @Test
    void parseReadsTheRightmostCharacterAsQubitZero() {
        PauliString p = PauliString.parse("XIZY");
        assertEquals(0b1001, p.xMask());
        assertEquals(0b0011, p.zMask());
        assertEquals(1, p.numY());
        assertEquals("XIZY", p.label(4));
        assertEquals(new PauliString(0, 0), PauliString.parse("III"));
    }

    @Test
    void parseRejectsBadLabelsClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PauliString.parse("XQZ"));
        assertEquals("Pauli label \"XQZ\", character 2: expected one of I, X, Y, Z, found 'Q'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PauliString.parse(""));
        assertThrows(IllegalArgumentException.class, () -> PauliString.parse("I".repeat(65)));
    }

    @Test
    void bellStateCorrelations() {
        StateVector bell = sim.finalState(TestGates.program(2, 0, false, u(H, 0), u(CX, 0, 1)));
        assertEquals(1.0, sim.expectation(bell, PauliString.parse("ZZ")), 1e-15);
        assertEquals(1.0, sim.expectation(bell, PauliString.parse("XX")), 1e-15);
        assertEquals(-1.0, sim.expectation(bell, PauliString.parse("YY")), 1e-15);
        assertEquals(0.0, sim.expectation(bell, PauliString.parse("ZI")), 1e-15);
        assertEquals(0.0, sim.expectation(bell, PauliString.parse("XY")), 1e-15);
        assertEquals(1.0, sim.expectation(bell, PauliString.parse("II")), 1e-15);
    }

    @Test
    void singleQubitEigenstates() {
        // S H |0> = |+i>, the +1 eigenstate of Y
        StateVector plusI = sim.finalState(TestGates.program(1, 0, false, u(H, 0), u(TestGates.S, 0)));
        assertEquals(1.0, sim.expectation(plusI, PauliString.parse("Y")), 1e-15);
        assertEquals(0.0, sim.expectation(plusI, PauliString.parse("X")), 1e-15);
        StateVector one = sim.finalState(TestGates.program(3, 0, false, u(TestGates.X, 2)));
        assertEquals(-1.0, sim.expectation(one, PauliString.parse("ZII")), 0);
        assertEquals(1.0, sim.expectation(one, PauliString.parse("IIZ")), 0);
        double theta = 0.7;
        StateVector ry = sim.finalState(TestGates.program(1, 0, false, u(TestGates.ry(theta), 0)));
        assertEquals(Math.cos(theta), sim.expectation(ry, PauliString.parse("Z")), 1e-15);
        assertEquals(Math.sin(theta), sim.expectation(ry, PauliString.parse("X")), 1e-15);
    }

    @Test
    void randomStatesMatchTheNaiveOperatorProduct() {
        Random rnd = new Random(11);
        String letters = "IXYZ";
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + rnd.nextInt(7);
            StringBuilder label = new StringBuilder();
            for (int q = 0; q < n; q++) {
                label.append(letters.charAt(rnd.nextInt(4)));
            }
            double[] psi = TestGates.randomState(n, rnd);
            double[] ppsi = psi.clone();
            for (int q = 0; q < n; q++) {
                char c = label.charAt(n - 1 - q);
                double[] m = c == 'X' ? TestGates.X : c == 'Y' ? TestGates.Y : c == 'Z' ? TestGates.Z : null;
                if (m != null) {
                    ppsi = NaiveReference.apply(ppsi, n, new int[0], 0, new int[] {q}, m);
                }
            }
            double expected = NaiveReference.innerReal(psi, ppsi);
            assertEquals(0.0, NaiveReference.innerImag(psi, ppsi), 1e-12); // Hermitian: real
            StateVector s = StateVector.of(n, psi);
            assertEquals(expected, sim.expectation(s, PauliString.parse(label.toString())), 1e-12, label.toString());
            assertEquals(psi[0], s.re(0), 0); // read only: the state is untouched
        }
    }

    @Test
    void aPauliBeyondTheStateIsAnError() {
        StateVector s = StateVector.zero(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sim.expectation(s, PauliString.parse("ZII")));
        assertEquals("The Pauli ZII acts on qubit 2, but the state has only 2 qubits", e.getMessage());
        // identity on extra qubits is harmless
        assertEquals(1.0, sim.expectation(s, PauliString.parse("IIIZ")), 0);
    }
}
