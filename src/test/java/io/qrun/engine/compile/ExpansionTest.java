package io.qrun.engine.compile;

import static io.qrun.engine.compile.Circuits.circuit;
import static io.qrun.engine.compile.Circuits.defs;
import static io.qrun.engine.compile.Circuits.g;
import static io.qrun.engine.compile.Circuits.p;
import static io.qrun.engine.compile.Dense.assertClose;
import static io.qrun.engine.compile.Dense.embed;
import static io.qrun.engine.compile.Dense.mul;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.Expr;
import io.qrun.engine.circuit.GateDefinition;
import io.qrun.engine.circuit.Instruction;
import io.qrun.engine.circuit.Modifier;
import io.qrun.engine.circuit.StandardGate;
import io.qrun.engine.sim.Op;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Gate expansion: definitions with parameters, and the inv / pow / ctrl / negctrl modifiers. */
class ExpansionTest {

    private static final CompileOptions UNFUSED = CompileOptions.defaults().withFuse(false);
    private static final Modifier CTRL = new Modifier.Ctrl(1, false);
    private static final Modifier NEGCTRL = new Modifier.Ctrl(1, true);
    private static final Modifier INV = new Modifier.Inv();

    private static Modifier pow(double k) {
        return new Modifier.Pow(Expr.constant(k));
    }

    private static double[] m(StandardGate gate, double... params) {
        return GateMatrices.matrix(gate, params);
    }

    /** The unitary of the compiled circuit, unfused and fused (both must agree). */
    private static double[] unitary(Circuit c, double... values) {
        double[] unfused = Dense.unitary(new CircuitCompiler(UNFUSED).compile(c, values).program());
        double[] fused = Dense.unitary(new CircuitCompiler(CompileOptions.defaults()).compile(c, values).program());
        assertClose(unfused, fused);
        return unfused;
    }

    private static Instruction.GateCall mod(String name, List<Modifier> modifiers, int... qubits) {
        return g(name, List.of(), modifiers, qubits);
    }

    @Test
    void ctrlOfXIsCx() {
        assertClose(m(StandardGate.CX), unitary(circuit(2, mod("x", List.of(CTRL), 0, 1))));
        assertClose(m(StandardGate.CCX), unitary(circuit(3, mod("x", List.of(new Modifier.Ctrl(2, false)), 0, 1, 2))));
    }

    @Test
    void negctrlActsWhenTheControlIsZero() {
        double[] expected = Dense.embedControlled(new int[] {0}, 0, new int[] {1}, m(StandardGate.X), 2);
        assertClose(expected, unitary(circuit(2, mod("x", List.of(NEGCTRL), 0, 1))));
        // ctrl @ negctrl @ x q0, q1, q2: q0 must be 1, q1 must be 0
        double[] mixed = Dense.embedControlled(new int[] {0, 1}, 0b01, new int[] {2}, m(StandardGate.X), 3);
        assertClose(mixed, unitary(circuit(3, mod("x", List.of(CTRL, NEGCTRL), 0, 1, 2))));
    }

    @Test
    void invIsTheDagger() {
        assertClose(m(StandardGate.SDG), unitary(circuit(1, mod("s", List.of(INV), 0))));
        assertClose(m(StandardGate.RX, -0.8), unitary(circuit(1, g("rx", List.of(Expr.constant(0.8)), List.of(INV), 0))));
        assertClose(Dense.dagger(m(StandardGate.ECR)), unitary(circuit(2, mod("ecr", List.of(INV), 0, 1))));
    }

    @Test
    void integerPowersMultiply() {
        assertClose(m(StandardGate.X), unitary(circuit(1, mod("sx", List.of(pow(2)), 0))));
        assertClose(m(StandardGate.TDG), unitary(circuit(1, mod("t", List.of(pow(-1)), 0))));
        assertClose(m(StandardGate.Z), unitary(circuit(1, mod("t", List.of(pow(4)), 0))));
        assertClose(Dense.identity(1), unitary(circuit(1, mod("h", List.of(pow(0)), 0))));
    }

    @Test
    void fractionalPowersTakeThePrincipalBranchLikeQiskit() {
        // Qiskit's sqrt(X) is exactly sx, sqrt(Z) is s
        assertClose(m(StandardGate.SX), unitary(circuit(1, mod("x", List.of(pow(0.5)), 0))));
        assertClose(m(StandardGate.S), unitary(circuit(1, mod("z", List.of(pow(0.5)), 0))));
        assertClose(m(StandardGate.T), unitary(circuit(1, mod("z", List.of(pow(0.25)), 0))));
        // rz(t)^k = rz(k t) while |t/2| < pi
        assertClose(m(StandardGate.RZ, 0.75),
                unitary(circuit(1, g("rz", List.of(Expr.constant(2.5)), List.of(pow(0.3)), 0))));
        // sqrt(H) = P+ + i P-, with P+- = (I +- H)/2 (H has eigenvalues 1 and -1)
        double[] h = m(StandardGate.H);
        double[] id = Dense.identity(1);
        double[] sqrtH = new double[8];
        for (int k = 0; k < 8; k += 2) {
            double plus = (id[k] + h[k]) / 2, minus = (id[k] - h[k]) / 2;
            sqrtH[k] = plus;
            sqrtH[k + 1] = minus;
        }
        assertClose(sqrtH, unitary(circuit(1, mod("h", List.of(pow(0.5)), 0))));
        // sqrt(swap) (eigenvalue 1 three times, -1 once)
        double[] sqrtSwap = Dense.of(1, 0, 0, 0, 0, 0, 0, 0,
                0, 0, .5, .5, .5, -.5, 0, 0,
                0, 0, .5, -.5, .5, .5, 0, 0,
                0, 0, 0, 0, 0, 0, 1, 0);
        assertClose(sqrtSwap, unitary(circuit(2, mod("swap", List.of(pow(0.5)), 0, 1))));
        // sqrt(cx) = csx
        assertClose(m(StandardGate.CSX), unitary(circuit(2, mod("cx", List.of(pow(0.5)), 0, 1))));
        // pow(0.5) @ pow(0.5) @ y = y
        assertClose(m(StandardGate.Y), unitary(circuit(1, mod("y", List.of(pow(2), pow(0.5)), 0))));
    }

    @Test
    void modifiersApplyRightToLeft() {
        // ctrl @ pow(2) @ sx = cx ; inv @ ctrl @ s = csdg ; pow(0.5) @ ctrl @ x = csx
        assertClose(m(StandardGate.CX), unitary(circuit(2, mod("sx", List.of(CTRL, pow(2)), 0, 1))));
        assertClose(m(StandardGate.CSDG), unitary(circuit(2, mod("s", List.of(INV, CTRL), 0, 1))));
        assertClose(m(StandardGate.CSX), unitary(circuit(2, mod("x", List.of(pow(0.5), CTRL), 0, 1))));
    }

    @Test
    void controlledGlobalPhaseIsAPhaseGateOnTheControls() {
        Instruction.GateCall cg = g("gphase", List.of(Expr.constant(0.7)), List.of(CTRL), 0);
        assertClose(m(StandardGate.P, 0.7), unitary(circuit(1, cg)));
        Instruction.GateCall ncg = g("gphase", List.of(Expr.constant(0.7)), List.of(NEGCTRL), 0);
        assertClose(Dense.of(Math.cos(0.7), Math.sin(0.7), 0, 0, 0, 0, 1, 0), unitary(circuit(1, ncg)));
        Instruction.GateCall ccg = g("gphase", List.of(Expr.constant(0.7)), List.of(new Modifier.Ctrl(2, false)), 0, 1);
        assertClose(m(StandardGate.CP, 0.7), unitary(circuit(2, ccg)));
        // an uncontrolled gphase is a global phase
        assertClose(Dense.of(Math.cos(0.7), Math.sin(0.7), 0, 0, 0, 0, Math.cos(0.7), Math.sin(0.7)),
                unitary(circuit(1, g("gphase", p(0.7)), g("id", 0))));
    }

    /** gate mygate(a, b) q0, q1 { rz(a) q1; cx q0, q1; ry(2 * b) q0; } */
    private static GateDefinition mygate() {
        return new GateDefinition("mygate", List.of("a", "b"), 2, List.of(
                g("rz", List.of(Circuits.param("a")), List.of(), 1),
                g("cx", 0, 1),
                g("ry", List.of(Circuits.times(2, "b")), List.of(), 0)));
    }

    private static double[] mygateMatrix(double a, double b) {
        double[] u = embed(m(StandardGate.RZ, a), new int[] {1}, 2);
        u = mul(m(StandardGate.CX), u);
        return mul(embed(m(StandardGate.RY, 2 * b), new int[] {0}, 2), u);
    }

    @Test
    void definitionsExpandWithTheirParametersBound() {
        Circuit c = Circuits.circuit(2, 0, List.of("theta"), defs(mygate()),
                g("mygate", List.of(Circuits.param("theta"), Expr.constant(0.1)), List.of(), 1, 0));
        // operands (1, 0): local q0 is circuit qubit 1, local q1 is circuit qubit 0
        double[] expected = embed(mygateMatrix(0.5, 0.1), new int[] {1, 0}, 2);
        assertClose(expected, unitary(c, 0.5));
    }

    @Test
    void modifiersApplyToDefinitions() {
        Map<String, GateDefinition> d = defs(mygate());
        List<Expr> args = List.of(Expr.constant(0.3), Expr.constant(-0.2));
        double[] u = mygateMatrix(0.3, -0.2);
        assertClose(Dense.dagger(u), unitary(circuit(2, 0, List.of(), d, g("mygate", args, List.of(INV), 0, 1))));
        assertClose(mul(u, u), unitary(circuit(2, 0, List.of(), d, g("mygate", args, List.of(pow(2)), 0, 1))));
        assertClose(Dense.embedControlled(new int[] {0}, 1, new int[] {1, 2}, u, 3),
                unitary(circuit(3, 0, List.of(), d, g("mygate", args, List.of(CTRL), 0, 1, 2))));
        assertClose(Dense.embedControlled(new int[] {0}, 0, new int[] {1, 2}, Dense.dagger(u), 3),
                unitary(circuit(3, 0, List.of(), d, g("mygate", args, List.of(NEGCTRL, INV), 0, 1, 2))));
        // pow(0.5) twice = the gate
        assertClose(u, unitary(circuit(2, 0, List.of(), d,
                g("mygate", args, List.of(pow(0.5)), 0, 1), g("mygate", args, List.of(pow(0.5)), 0, 1))));
    }

    @Test
    void largeIntegerPowersOfDefinitionsRepeatTheBody() {
        // a 5-qubit definition (too big for the dense path): pow(3) repeats, pow(-2) repeats the inverse
        GateDefinition ladder = new GateDefinition("ladder", List.of(), 5, List.of(
                g("h", 0), g("cx", 0, 1), g("cx", 1, 2), g("t", 2), g("cx", 2, 3), g("cx", 3, 4), g("sx", 4)));
        Map<String, GateDefinition> d = defs(ladder);
        double[] u = unitary(circuit(5, 0, List.of(), d, g("ladder", 0, 1, 2, 3, 4)));
        assertClose(mul(u, mul(u, u)), unitary(circuit(5, 0, List.of(), d,
                g("ladder", List.of(), List.of(pow(3)), 0, 1, 2, 3, 4))));
        double[] ui = Dense.dagger(u);
        assertClose(mul(ui, ui), unitary(circuit(5, 0, List.of(), d,
                g("ladder", List.of(), List.of(pow(-2)), 0, 1, 2, 3, 4))));
    }

    @Test
    void nestedDefinitionsExpand() {
        GateDefinition inner = new GateDefinition("inner", List.of("x"), 1, List.of(
                g("rx", List.of(Circuits.param("x")), List.of(), 0)));
        GateDefinition outer = new GateDefinition("outer", List.of("y"), 2, List.of(
                g("inner", List.of(Circuits.param("y")), List.of(), 1),
                g("inner", List.of(Circuits.times(-3, "y")), List.of(INV), 0),
                g("cz", 0, 1)));
        Circuit c = circuit(2, 0, List.of(), defs(inner, outer), g("outer", p(0.4), 0, 1));
        double[] expected = mul(m(StandardGate.CZ), mul(embed(m(StandardGate.RX, 1.2), new int[] {0}, 2),
                embed(m(StandardGate.RX, 0.4), new int[] {1}, 2)));
        assertClose(expected, unitary(c));
    }

    @Test
    void aProgramDefinitionReplacesAnExtraGateButNotAStdgate() {
        // Qiskit exports rzz as a gate definition: it must be used (here a deliberately different body)
        GateDefinition myRzz = new GateDefinition("rzz", List.of("t"), 2, List.of(g("x", 0)));
        double[] u = unitary(circuit(2, 0, List.of(), defs(myRzz), g("rzz", p(0.3), 0, 1)));
        assertClose(embed(m(StandardGate.X), new int[] {0}, 2), u);
        // a definition named like a stdgate does not replace it
        GateDefinition myH = new GateDefinition("h", List.of(), 1, List.of(g("x", 0)));
        assertClose(m(StandardGate.H), unitary(circuit(1, 0, List.of(), defs(myH), g("h", 0))));
    }

    @Test
    void parametersAreBoundInDeclarationOrder() {
        Circuit c = circuit(1, 0, List.of("a", "b"), Map.of(),
                g("rz", List.of(Circuits.param("b")), List.of(), 0), g("rx", List.of(Circuits.param("a")), List.of(), 0));
        assertClose(mul(m(StandardGate.RX, 0.2), m(StandardGate.RZ, 0.9)), unitary(c, 0.2, 0.9));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CircuitCompiler(CompileOptions.defaults()).compile(c, new double[] {1}));
        assertEquals("The circuit has 2 parameter(s) [a, b] but 1 value(s) were given; give one value per "
                + "parameter, in that order", e.getMessage());
    }

    @Test
    void badGatesAreClearErrors() {
        CircuitCompiler cc = new CircuitCompiler(CompileOptions.defaults());
        assertEquals("line 1: unknown gate foo: it is neither a standard gate nor defined by a gate statement",
                assertThrows(CompileException.class, () -> cc.compile(circuit(1, g("foo", 0)), p())).getMessage());
        assertEquals("line 1: cx acts on 2 qubit(s), got 1",
                assertThrows(CompileException.class, () -> cc.compile(circuit(1, g("cx", 0)), p())).getMessage());
        assertEquals("line 1: rx takes 1 parameter(s), got 0",
                assertThrows(CompileException.class, () -> cc.compile(circuit(1, g("rx", 0)), p())).getMessage());
        assertEquals("line 1: cx uses qubit 0 twice; the operands of a gate must differ",
                assertThrows(CompileException.class, () -> cc.compile(circuit(1, g("cx", 0, 0)), p())).getMessage());
        assertEquals("line 1: argument 1 of rx evaluates to NaN; gate arguments must be finite",
                assertThrows(CompileException.class, () -> cc.compile(circuit(1, g("rx", p(Double.NaN), 0)), p()))
                        .getMessage());
        GateDefinition loop = new GateDefinition("loop", List.of(), 1, List.of(g("loop", 0)));
        assertEquals("line 1: gate loop is defined in terms of itself (loop -> loop)",
                assertThrows(CompileException.class,
                        () -> cc.compile(circuit(1, 0, List.of(), defs(loop), g("loop", 0)), p())).getMessage());
        GateDefinition leaky = new GateDefinition("leaky", List.of("a"), 1, List.of(
                g("rx", List.of(Circuits.param("theta")), List.of(), 0)));
        assertEquals("line 1: gate leaky reads 'theta', which is not one of its parameters [a]",
                assertThrows(CompileException.class,
                        () -> cc.compile(circuit(1, 0, List.of(), defs(leaky), g("leaky", p(1), 0)), p())).getMessage());
    }

    @Test
    void exponentialDefinitionsFailFastWithABudgetError() {
        // g0 = x; g(k) = g(k-1) twice: g40 would be 2^40 ops
        List<GateDefinition> chain = new ArrayList<>();
        chain.add(new GateDefinition("g0", List.of(), 1, List.of(g("x", 0))));
        for (int k = 1; k <= 40; k++) {
            chain.add(new GateDefinition("g" + k, List.of(), 1, List.of(g("g" + (k - 1), 0), g("g" + (k - 1), 0))));
        }
        Circuit c = circuit(1, 0, List.of(), defs(chain.toArray(GateDefinition[]::new)), g("g40", 0));
        CompileException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(CompileException.class,
                () -> new CircuitCompiler(CompileOptions.defaults()).compile(c, p())));
        assertTrue(e.getMessage().contains("needs more than 10000000 operations (CompileOptions.maxOperations)"),
                e.getMessage());
        // the same chain 10 deep (1024 x gates) is fine, and is the identity
        Circuit small = circuit(1, 0, List.of(), defs(chain.toArray(GateDefinition[]::new)), g("g10", 0));
        assertClose(Dense.identity(1), unitary(small));
        // and a small budget makes it fail too
        assertThrows(CompileException.class,
                () -> new CircuitCompiler(CompileOptions.defaults().withMaxOperations(1000)).compile(small, p()));
    }

    @Test
    void hugeIntegerPowersOfLargeGatesHitTheBudgetNotAnOverflow() {
        GateDefinition five = new GateDefinition("five", List.of(), 5, List.of(
                g("h", 0), g("cx", 0, 1), g("cx", 1, 2), g("cx", 2, 3), g("cx", 3, 4)));
        Circuit c = circuit(5, 0, List.of(), defs(five), g("five", List.of(), List.of(pow(Math.pow(2, 52))), 0, 1, 2, 3, 4));
        CompileException e = assertThrows(CompileException.class,
                () -> new CircuitCompiler(CompileOptions.defaults()).compile(c, p()));
        assertTrue(e.getMessage().contains("needs more than 10000000 operations"), e.getMessage());
        // on a small gate the same power is a matrix power: x^(2^52) = identity
        assertClose(Dense.identity(1), unitary(circuit(1, mod("x", List.of(pow(Math.pow(2, 52))), 0))));
    }

    @Test
    void aSingleControlledGateStaysControlledForTheSimulator() {
        List<Op> ops = new CircuitCompiler(CompileOptions.defaults()).compile(circuit(5, g("c4x", 0, 1, 2, 3, 4)), p())
                .program().ops();
        assertEquals(1, ops.size());
        Op.ControlledUnitary c = (Op.ControlledUnitary) ops.get(0);
        assertEquals(4, c.controls().length);
        assertEquals(0b1111, c.controlState());
        assertClose(m(StandardGate.X), c.matrix());
    }
}
