package io.qrun.engine.target;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.ClassicalRegister;
import io.qrun.engine.circuit.Expr;
import io.qrun.engine.circuit.GateDefinition;
import io.qrun.engine.circuit.Instruction;
import io.qrun.engine.circuit.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IsaCheckerTest {

    private static final Target EAGLE = new Target("fake_eagle", 5, Set.of("ecr", "id", "rz", "sx", "x"),
            Set.of(List.of(0, 1), List.of(1, 2), List.of(3, 4), List.of(4, 3)), false, null, 0.5e-9);

    private static Instruction.GateCall g(String name, int... qubits) {
        return new Instruction.GateCall(name, List.of(), qubits, List.of(), 3);
    }

    private static Circuit physical(int numQubits, Instruction... instructions) {
        return new Circuit(numQubits, true, List.of(), 1, List.of(), Map.of(), List.of(instructions));
    }

    private static String violation(Circuit c, Target t) {
        return assertThrows(IsaViolationException.class, () -> IsaChecker.check(c, t)).getMessage();
    }

    @Test
    void aCircuitWrittenForTheBackendPasses() {
        Instruction.IfElse ifElse = new Instruction.IfElse(new Instruction.Condition(new int[] {0}, 1),
                List.of(g("x", 2)), List.of(g("sx", 2)), 4);
        Circuit c = physical(5, g("sx", 0), g("ecr", 0, 1), g("ecr", 4, 3),
                new Instruction.GateCall("rz", List.of(Expr.constant(0.5)), new int[] {1}, List.of(), 3),
                new Instruction.Barrier(new int[] {0, 1, 2}, 3), new Instruction.Delay(100, "dt", new int[] {2}, 3),
                new Instruction.Reset(2, 3), new Instruction.Measure(0, 0, 3), ifElse,
                new Instruction.GateCall("gphase", List.of(Expr.constant(0.1)), new int[0], List.of(), 3));
        assertDoesNotThrow(() -> IsaChecker.check(c, EAGLE));
    }

    @Test
    void aGateOutsideTheBasisIsNamed() {
        assertEquals("The instruction cx on qubits (0, 1) is not supported by the target (line 3: cx is not one of"
                + " the basis gates [ecr, id, rz, sx, x])", violation(physical(2, g("cx", 0, 1)), EAGLE));
    }

    @Test
    void twoQubitGatesMustBeOnACouplingPairInItsDirection() {
        assertEquals("The instruction ecr on qubits (1, 0) is not supported by the target (line 3: the coupling map"
                + " has no pair [1, 0])", violation(physical(2, g("ecr", 1, 0)), EAGLE));
        assertEquals("The instruction ecr on qubits (0, 4) is not supported by the target (line 3: the coupling map"
                + " has no pair [0, 4])", violation(physical(5, g("ecr", 0, 4)), EAGLE));
    }

    @Test
    void qubitsMustExist() {
        Target t27 = new Target("fake_27", 27, Set.of("x"), Set.of(), false, null, 0);
        assertEquals("The circuit uses qubit 30 but backend fake_27 has 27 qubits",
                violation(physical(31, g("x", 30)), t27));
        assertEquals("The circuit uses qubit 5 but backend fake_eagle has 5 qubits",
                violation(physical(6, new Instruction.Measure(5, 0, 2)), EAGLE));
        Circuit declared = new Circuit(6, false, List.of(new ClassicalRegister("c", 1, 0)), 1, List.of(), Map.of(),
                List.of(g("x", 0)));
        assertEquals("The circuit has 6 qubits but backend fake_eagle has 5 qubits", violation(declared, EAGLE));
    }

    @Test
    void modifiersAreNotPartOfTheIsa() {
        Instruction.GateCall ctrlX = new Instruction.GateCall("x", List.of(), new int[] {0, 1},
                List.of(new Modifier.Ctrl(1, false)), 7);
        assertEquals("The instruction ctrl @ x on qubits (0, 1) is not supported by the target (line 7: gate"
                + " modifiers are not part of the instruction set; send the circuit transpiled to the basis gates"
                + " [ecr, id, rz, sx, x])", violation(physical(2, ctrlX), EAGLE));
    }

    @Test
    void ifElseBodiesAreChecked() {
        Instruction.IfElse ifElse = new Instruction.IfElse(new Instruction.Condition(new int[] {0}, 1),
                List.of(g("x", 2)), List.of(g("h", 2)), 4);
        assertEquals("The instruction h on qubits (2) is not supported by the target (line 3: h is not one of the"
                + " basis gates [ecr, id, rz, sx, x])", violation(physical(3, ifElse), EAGLE));
    }

    @Test
    void aDefinitionNamedLikeABasisGateIsAccepted() {
        // Qiskit's exporter writes ecr as a gate definition
        GateDefinition ecr = new GateDefinition("ecr", List.of(), 2, List.of(g("x", 0)));
        Circuit c = new Circuit(2, true, List.of(), 0, List.of(), Map.of("ecr", ecr), List.of(g("ecr", 0, 1)));
        assertDoesNotThrow(() -> IsaChecker.check(c, EAGLE));
    }

    @Test
    void aPermissiveBackendAcceptsAnyKnownGateOnAnyQubits() {
        Target dev = Target.permissive("dev", 5);
        Instruction.GateCall ctrlH = new Instruction.GateCall("h", List.of(), new int[] {4, 0},
                List.of(new Modifier.Ctrl(1, false)), 3);
        assertDoesNotThrow(() -> IsaChecker.check(physical(5, g("cx", 0, 4), g("ccx", 3, 1, 2), ctrlH), dev));
        assertEquals("The instruction foo on qubits (0) is not supported by the target (line 3: foo is neither a"
                + " standard gate nor defined by a gate statement)", violation(physical(1, g("foo", 0)), dev));
        assertEquals("The circuit uses qubit 5 but backend dev has 5 qubits", violation(physical(6, g("x", 5)), dev));
    }
}
