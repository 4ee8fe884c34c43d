package io.qrun.engine.sim;

import static io.qrun.engine.sim.TestGates.CX;
import static io.qrun.engine.sim.TestGates.H;
import static io.qrun.engine.sim.TestGates.X;
import static io.qrun.engine.sim.TestGates.measure;
import static io.qrun.engine.sim.TestGates.u;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Which programs may be sampled from one final state, and which resets are no-ops. */
class ExecutionPlanTest {

    private final Simulator sim = new Simulator(SimulatorConfig.defaults());

    @Test
    void resetsOfFreshQubitsAreDroppedAndKeepTheFastPath() {
        // Qiskit's init_qubits: every qubit is reset first; the compiler flags that dynamic
        Program p = TestGates.program(2, 2, true, new Op.Reset(0), new Op.Reset(1), new Op.Reset(0), u(H, 0),
                u(CX, 0, 1), measure(0, 0), measure(1, 1));
        ExecutionPlan plan = new ExecutionPlan(p);
        assertEquals(4, plan.ops().size());
        assertTrue(plan.sampleFromFinalState());
        StateVector s = sim.finalState(p);
        assertEquals(1 / Math.sqrt(2), s.re(3), 1e-15);
        Shots shots = sim.sample(p, 2000, new SplittableRandom(1));
        int ones = 0;
        for (int i = 0; i < 2000; i++) {
            assertEquals(shots.bit(i, 0), shots.bit(i, 1));
            ones += shots.bit(i, 0) ? 1 : 0;
        }
        Stats.assertBinomial(ones, 2000, 0.5, "P(11)");
    }

    @Test
    void resetsAfterAGateOrAConditionalStay() {
        ExecutionPlan afterGate = new ExecutionPlan(TestGates.program(2, 0, true, u(X, 0), new Op.Reset(0)));
        assertEquals(2, afterGate.ops().size());
        assertFalse(afterGate.sampleFromFinalState());
        Op cond = new Op.Conditional(new int[] {0}, 1, List.of(u(X, 1)), List.of());
        ExecutionPlan afterConditional = new ExecutionPlan(TestGates.program(2, 1, true, measure(0, 0), cond,
                new Op.Reset(1)));
        assertEquals(3, afterConditional.ops().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sim.finalState(TestGates.program(2, 0, true, new Op.Reset(1), u(X, 0), new Op.Reset(0))));
        assertTrue(e.getMessage().contains("op 2 (Reset)"), e.getMessage());
    }

    @Test
    void gatesAfterAMeasurementNeedTrajectoriesUnlessOnlyControlledByIt() {
        assertFalse(new ExecutionPlan(TestGates.program(2, 1, false, measure(0, 0), u(H, 0))).sampleFromFinalState());
        assertTrue(new ExecutionPlan(TestGates.program(2, 1, false, measure(0, 0), u(H, 1))).sampleFromFinalState());
        // a control on a measured qubit commutes with the measurement
        assertTrue(new ExecutionPlan(TestGates.program(2, 1, false, measure(0, 0),
                TestGates.cu(new int[] {0}, 1, X, 1))).sampleFromFinalState());
        assertFalse(new ExecutionPlan(TestGates.program(2, 1, false, measure(1, 0),
                TestGates.cu(new int[] {0}, 1, X, 1))).sampleFromFinalState());
        assertFalse(new ExecutionPlan(TestGates.program(1, 1, false, new Op.Depolarizing(new int[] {0}, 0.1),
                measure(0, 0))).sampleFromFinalState());
    }

    @Test
    void aControlledGateAfterMeasuringItsControlSamplesLikeTheTrajectories() {
        // H q0; measure q0 -> c0; cx q0, q1; measure q1 -> c1: c1 always equals c0
        Program p = TestGates.program(2, 2, false, u(H, 0), measure(0, 0), TestGates.cu(new int[] {0}, 1, X, 1),
                measure(1, 1));
        Shots shots = sim.sample(p, 1000, new SplittableRandom(3));
        int ones = 0;
        for (int i = 0; i < 1000; i++) {
            assertEquals(shots.bit(i, 0), shots.bit(i, 1));
            ones += shots.bit(i, 0) ? 1 : 0;
        }
        Stats.assertBinomial(ones, 1000, 0.5, "P(1)");
    }
}
