package io.qrun.engine.compile;

import static io.qrun.engine.compile.Circuits.g;
import static io.qrun.engine.compile.Circuits.measure;
import static io.qrun.engine.compile.Circuits.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.Instruction;
import io.qrun.engine.sim.Op;
import io.qrun.engine.target.Target;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompileOptionsTest {

    @Test
    void defaultsAreTheContractsValues() {
        CompileOptions d = CompileOptions.defaults();
        assertTrue(d.fuse());
        assertEquals(28, d.maxQubits());
        assertNull(d.noise());
        assertEquals(2, d.maxFusedQubits());
        assertEquals(10_000_000L, d.maxOperations());
        assertEquals(1, d.foldFactor());
        assertNull(d.calibration());
        assertEquals(0, d.dtSeconds());
    }

    @Test
    void withersChangeOneThing() {
        Target t = new Target("t", 5, Set.of("x"), Set.of(), false, Fixtures.calibration(), 2e-10);
        NoiseModel noise = NoiseModel.fromCalibration(Fixtures.calibration(), false);
        CompileOptions o = CompileOptions.defaults().withTarget(t).withNoise(noise).withFoldFactor(5).withMaxQubits(20);
        assertSame(t.calibration(), o.calibration());
        assertEquals(2e-10, o.dtSeconds());
        assertSame(noise, o.noise());
        assertEquals(5, o.foldFactor());
        assertEquals(20, o.maxQubits());
        assertTrue(o.fuse());
    }

    @Test
    void invalidOptionsSayWhatIsAllowed() {
        assertEquals("foldFactor must be an odd integer >= 1 (1, 3, 5, ...), got 0", assertThrows(
                IllegalArgumentException.class, () -> CompileOptions.defaults().withFoldFactor(0)).getMessage());
        assertEquals("maxFusedQubits must be in 1..5, got 6", assertThrows(IllegalArgumentException.class,
                () -> CompileOptions.defaults().withMaxFusedQubits(6)).getMessage());
        assertEquals("maxQubits must be >= 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> CompileOptions.defaults().withMaxQubits(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CompileOptions.defaults().withMaxOperations(0));
    }

    @Test
    void uncalibratedQubitsHaveNoReadoutErrorAndResetsTakeAReadout() {
        // qubit 7 is beyond the 5-qubit calibration: no readout error, default lengths
        Circuit c = new Circuit(8, true, List.of(), 2, List.of(), Map.of(),
                List.of(new Instruction.Reset(7, 1), g("x", 7), measure(7, 0), measure(4, 1)));
        CompiledCircuit compiled = new CircuitCompiler(CompileOptions.defaults()
                .withNoise(NoiseModel.fromCalibration(Fixtures.calibration(), true))).compile(c, p());
        List<Op> ops = compiled.program().ops();
        assertEquals(new Op.Measure(1, 0, 0, 0), ops.get(2));
        assertEquals(new Op.Measure(0, 1, 0.05, 0.10), ops.get(3));
        // q7: reset (1 us default readout) + x (50 ns default) + measure (1 us); q4: 1.5 us
        assertEquals(2.05e-6, compiled.durationSeconds(), 1e-18);
    }
}
