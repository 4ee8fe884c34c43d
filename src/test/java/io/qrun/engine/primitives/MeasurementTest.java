package io.qrun.engine.primitives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.sim.Op;
import io.qrun.engine.sim.PauliString;
import io.qrun.engine.sim.StateVector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grouping of Pauli terms, dropping of final measurements, basis sampling and label mapping. */
class MeasurementTest {

    @Test
    void qubitWiseCommutingTermsShareABasis() {
        List<MeasurementGroups.Group> groups = MeasurementGroups.of(List.of(
                PauliString.parse("ZZ"), PauliString.parse("IZ"), PauliString.parse("XX"), PauliString.parse("ZI"),
                PauliString.parse("II"), PauliString.parse("XI"), PauliString.parse("ZZ")));
        assertEquals(2, groups.size());
        assertEquals(PauliString.parse("ZZ"), groups.get(0).basis());
        assertEquals(List.of(PauliString.parse("ZZ"), PauliString.parse("IZ"), PauliString.parse("ZI")), groups.get(0).terms());
        assertEquals(PauliString.parse("XX"), groups.get(1).basis());
        assertEquals(List.of(PauliString.parse("XX"), PauliString.parse("XI")), groups.get(1).terms());
        // Y and X on the same qubit do not commute qubit-wise
        assertEquals(2, MeasurementGroups.of(List.of(PauliString.parse("YI"), PauliString.parse("XI"))).size());
    }

    @Test
    void onlyFinalMeasurementsAreDropped() {
        Op h = new Op.Unitary(new int[] {0}, new double[8]);
        Op m0 = new Op.Measure(0, 0, 0, 0);
        Op m1 = new Op.Measure(1, 1, 0, 0);
        Op ifC0 = new Op.Conditional(new int[] {0}, 1, List.of(new Op.Unitary(new int[] {1}, new double[8])), List.of());
        Op noise = new Op.Depolarizing(new int[] {1}, 0.1);
        // m0 feeds a conditional: kept; m1 is final (noise after it does not count): dropped
        List<Op> kept = MeasurementProgram.withoutFinalMeasurements(List.of(h, m0, ifC0, m1, noise));
        assertEquals(List.of(h, m0, ifC0, noise), kept);
        // a measurement followed by a gate on its qubit is mid-circuit
        Op h0 = new Op.Unitary(new int[] {0}, new double[8]);
        assertEquals(List.of(m0, h0), MeasurementProgram.withoutFinalMeasurements(List.of(m0, h0)));
    }

    @Test
    void basisSamplesFollowTheProbabilities() {
        // amplitudes sqrt(0.1), 0, 0, sqrt(0.9) on |00>, |11>
        StateVector s = StateVector.of(2, new double[] {Math.sqrt(0.1), 0, 0, 0, 0, 0, 0, Math.sqrt(0.9)});
        long[] out = BasisSampler.draw(s, 10000, Seeds.stream(1, 0, 0, 0));
        long threes = java.util.Arrays.stream(out).filter(o -> o == 3).count();
        assertEquals(10000, threes + java.util.Arrays.stream(out).filter(o -> o == 0).count());
        // Binomial(10000, 0.9): sd 30, 5 sd = 150
        assertEquals(9000, threes, 150);
    }

    @Test
    void labelsMapToProgramQubits() {
        // circuit qubits 40, 41, 42 are program qubits 0, 1, 2
        int[] circuitQubits = {40, 41, 42};
        ProgramPauli p = ProgramPauli.map("YX" + "I".repeat(40) + "Z", circuitQubits); // Y on 42, X on 41, Z on 0
        assertFalse(p.vanishes());
        assertEquals(PauliString.parse("YXI"), p.pauli());
        assertTrue(ProgramPauli.map("I".repeat(42) + "X", circuitQubits).vanishes());
        assertTrue(ProgramPauli.map("I".repeat(42) + "Z", circuitQubits).isIdentity());
    }
}
