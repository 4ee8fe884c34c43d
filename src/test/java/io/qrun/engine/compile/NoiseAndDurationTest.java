package io.qrun.engine.compile;

import static io.qrun.engine.compile.Circuits.g;
import static io.qrun.engine.compile.Circuits.measure;
import static io.qrun.engine.compile.Circuits.p;
import static io.qrun.engine.compile.Dense.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.Instruction;
import io.qrun.engine.circuit.StandardGate;
import io.qrun.engine.sim.Op;
import io.qrun.engine.sim.Program;
import io.qrun.engine.target.Target;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoiseAndDurationTest {

    private static final double EPS = 1e-15;

    private static Circuit physical(int numQubits, int numClbits, Instruction... instructions) {
        return new Circuit(numQubits, true, List.of(), numClbits, List.of(), Map.of(), List.of(instructions));
    }

    private static CompileOptions noisy(boolean thermal) {
        return CompileOptions.defaults().withNoise(NoiseModel.fromCalibration(Fixtures.calibration(), thermal));
    }

    private static double[] m(StandardGate gate, double... params) {
        return GateMatrices.matrix(gate, params);
    }

    @Test
    void depolarizingLambdaIsTheInfidelityConversionCappedAtOne() {
        assertEquals(2e-4 * 2, NoiseModel.depolarizingLambda(2e-4, 1), EPS);
        assertEquals(7e-3 * 4 / 3, NoiseModel.depolarizingLambda(7e-3, 2), EPS);
        assertEquals(0.3 * 8 / 7, NoiseModel.depolarizingLambda(0.3, 3), EPS);
        assertEquals(1.0, NoiseModel.depolarizingLambda(0.9, 1), 0);
        assertEquals(0.0, NoiseModel.depolarizingLambda(0, 2), 0);
    }

    @Test
    void noiseFollowsEachGateWithThePhysicalQubitsCalibration() {
        // $3 and $4 become program qubits 0 and 1; the calibration of 3 and 4 must be used
        Circuit c = physical(5, 1, g("sx", 3), g("ecr", 3, 4), g("rz", p(0.1), 4), measure(4, 0));
        Program prog = new CircuitCompiler(noisy(false)).compile(c, p()).program();
        List<Op> ops = prog.ops();
        assertEquals(6, ops.size(), ops.toString());
        assertArrayEquals(new int[] {0}, ((Op.Unitary) ops.get(0)).qubits());
        assertClose(m(StandardGate.SX), ((Op.Unitary) ops.get(0)).matrix());
        Op.Depolarizing d1 = (Op.Depolarizing) ops.get(1);
        assertArrayEquals(new int[] {0}, d1.qubits());
        assertEquals(3e-4 * 2, d1.lambda(), EPS);
        assertClose(m(StandardGate.ECR), ((Op.Unitary) ops.get(2)).matrix());
        Op.Depolarizing d2 = (Op.Depolarizing) ops.get(3);
        assertArrayEquals(new int[] {0, 1}, d2.qubits());
        assertEquals(7e-3 * 4 / 3, d2.lambda(), EPS);
        // rz has error 0: no depolarizing op
        assertArrayEquals(new int[] {1}, ((Op.Unitary) ops.get(4)).qubits());
        assertEquals(new Op.Measure(1, 0, 0.05, 0.10), ops.get(5));
        assertTrue(prog.dynamic());
    }

    @Test
    void gateErrorsAreDirectionalAndUncalibratedGatesAreNoiseless() {
        Circuit c = physical(5, 0, g("ecr", 4, 3), g("h", 3));
        List<Op> ops = new CircuitCompiler(noisy(false)).compile(c, p()).program().ops();
        assertEquals(3, ops.size(), ops.toString());
        assertEquals(9e-3 * 4 / 3, ((Op.Depolarizing) ops.get(1)).lambda(), EPS);
        assertArrayEquals(new int[] {1, 0}, ((Op.Depolarizing) ops.get(1)).qubits());
    }

    @Test
    void thermalRelaxationForTheGateLengthWithT2CappedAtTwiceT1() {
        Circuit c = physical(5, 0, g("x", 2), g("sx", 3), g("rz", p(1), 3),
                new Instruction.Delay(2, "us", new int[] {3}, 1));
        List<Op> ops = new CircuitCompiler(noisy(true)).compile(c, p()).program().ops();
        // x $2: U, depolarizing, relaxation (T2 250 us > 2 T1 = 204 us -> 204 us)
        assertEquals(new Op.ThermalRelaxation(0, 102e-6, 204e-6, 35.5e-9), ops.get(2));
        // sx $3: U, depolarizing, relaxation; rz has length 0: no relaxation; the delay relaxes 2 us
        assertEquals(new Op.ThermalRelaxation(1, 103e-6, 80e-6, 35.5e-9), ops.get(5));
        assertEquals(new Op.ThermalRelaxation(1, 103e-6, 80e-6, 2e-6), ops.get(7));
        assertEquals(8, ops.size(), ops.toString());
    }

    @Test
    void foldingRepeatsEachGateWithItsInverseAndItsNoise() {
        Circuit c = physical(5, 0, g("sx", 3));
        List<Op> ops = new CircuitCompiler(noisy(false).withFoldFactor(3)).compile(c, p()).program().ops();
        assertEquals(6, ops.size(), ops.toString());
        assertClose(m(StandardGate.SX), ((Op.Unitary) ops.get(0)).matrix());
        assertClose(m(StandardGate.SXDG), ((Op.Unitary) ops.get(2)).matrix());
        assertClose(m(StandardGate.SX), ((Op.Unitary) ops.get(4)).matrix());
        for (int i = 1; i < 6; i += 2) {
            assertEquals(6e-4, ((Op.Depolarizing) ops.get(i)).lambda(), EPS);
        }
        // without noise a folded circuit is the same unitary, for any odd factor
        Random rnd = new Random(7);
        for (int fold : new int[] {3, 5}) {
            Circuit r = CompactionFusionTest.randomCircuit(rnd, 4, 15);
            double[] plain = Dense.unitary(new CircuitCompiler(CompileOptions.defaults().withFuse(false))
                    .compile(r, p()).program());
            double[] folded = Dense.unitary(new CircuitCompiler(CompileOptions.defaults().withFuse(false)
                    .withFoldFactor(fold)).compile(r, p()).program());
            assertClose(plain, folded);
        }
        assertThrows(IllegalArgumentException.class, () -> CompileOptions.defaults().withFoldFactor(2));
    }

    @Test
    void durationIsAnAsapScheduleOfCalibratedLengths() {
        Circuit c = physical(5, 2, g("sx", 3), g("x", 0), g("ecr", 3, 4), measure(4, 0), measure(0, 1));
        Target t = new Target("fake", 5, Set.of("sx", "x", "ecr"), Set.of(List.of(3, 4)), false,
                Fixtures.calibration(), 0.5e-9);
        double d = new CircuitCompiler(CompileOptions.defaults().withTarget(t)).compile(c, p()).durationSeconds();
        // q3: 35.5 ns, then ecr (3,4) 660 ns, then readout of q4 1.5 us; q0 finishes at 1.2355 us
        assertEquals(35.5e-9 + 660e-9 + 1.5e-6, d, 1e-18);
        // the noise model's calibration gives the same lengths when no target is given
        assertEquals(d, new CircuitCompiler(noisy(false)).compile(c, p()).durationSeconds(), 1e-18);
    }

    @Test
    void defaultLengthsWithoutCalibration() {
        CircuitCompiler cc = new CircuitCompiler(CompileOptions.defaults());
        Circuit bell = Circuits.circuit(2, 1, g("h", 0), g("cx", 0, 1), measure(1, 0));
        assertEquals(50e-9 + 500e-9 + 1e-6, cc.compile(bell, p()).durationSeconds(), 1e-18);
        // parallel gates overlap; a barrier makes q1 wait for q0
        assertEquals(50e-9, cc.compile(Circuits.circuit(2, g("x", 0), g("x", 1)), p()).durationSeconds(), 1e-18);
        assertEquals(100e-9, cc.compile(Circuits.circuit(2, g("x", 0),
                new Instruction.Barrier(new int[] {0, 1}, 1), g("x", 1)), p()).durationSeconds(), 1e-18);
        // delays count in every unit, dt from the target
        Circuit delays = Circuits.circuit(1, g("x", 0), new Instruction.Delay(100, "dt", new int[] {0}, 1),
                new Instruction.Delay(2, "us", new int[] {0}, 1), new Instruction.Delay(0.001, "ms", new int[] {0}, 1),
                new Instruction.Delay(30, "ns", new int[] {0}, 1), new Instruction.Delay(1e-6, "s", new int[] {0}, 1));
        Target t = new Target("dt", 1, Set.of(), Set.of(), true, null, 0.5e-9);
        assertEquals(50e-9 + 50e-9 + 2e-6 + 1e-6 + 30e-9 + 1e-6,
                new CircuitCompiler(CompileOptions.defaults().withTarget(t)).compile(delays, p()).durationSeconds(),
                1e-18);
        // folding by 3 triples gate time
        assertEquals(150e-9, new CircuitCompiler(CompileOptions.defaults().withFoldFactor(3))
                .compile(Circuits.circuit(1, g("h", 0)), p()).durationSeconds(), 1e-18);
    }

    @Test
    void conditionalBranchesStartWhenTheirBitIsMeasured() {
        Instruction.IfElse ifElse = new Instruction.IfElse(new Instruction.Condition(new int[] {0}, 1),
                List.of(g("x", 1)), List.of(g("cx", 1, 2)), 1);
        Circuit c = Circuits.circuit(3, 1, measure(0, 0), ifElse);
        // measure q0: 1 us; the longer branch (cx 500 ns) starts then
        assertEquals(1e-6 + 500e-9, new CircuitCompiler(CompileOptions.defaults()).compile(c, p()).durationSeconds(),
                1e-18);
    }
}
