package io.qrun.engine.qasm;

import static io.qrun.engine.qasm.Qasm.EXACT;
import static io.qrun.engine.qasm.Qasm.assertError;
import static io.qrun.engine.qasm.Qasm.gate;
import static io.qrun.engine.qasm.Qasm.parse3;
import static io.qrun.engine.qasm.Qasm.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.qrun.engine.circuit.BinaryOperation;
import io.qrun.engine.circuit.Circuit;
import io.qrun.engine.circuit.Expr;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionsTest {

    private static Expr argument(String expression) {
        Circuit c = parse3("qubit q;\nrz(" + expression + ") q;");
        return gate(c, 0).arguments().get(0);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "1 | 1.0",
        "1.5 | 1.5",
        ".5 | 0.5",
        "1.5e-3 | 0.0015",
        "1e3 | 1000.0",
        "2.5E+2 | 250.0",
        "1. | 1.0",
        "0x10 | 16.0",
        "0b101 | 5.0",
        "-2**2 | -4.0",
        "2**3**2 | 512.0",
        "2**-1 | 0.5",
        "(-2)**2 | 4.0",
        "1 - 2 - 3 | -4.0",
        "8 / 2 / 2 | 2.0",
        "1 + 2 * 3 | 7.0",
        "(1 + 2) * 3 | 9.0",
        "- - 3 | 3.0",
        "+3 | 3.0",
        "-3 * 2 | -6.0",
    })
    void arithmeticFollowsOpenQasm3Precedence(String expression, double expected) {
        assertEquals(expected, value(argument(expression)), EXACT);
    }

    @Test
    void constantsInAsciiAndUnicode() {
        assertEquals(Math.PI, value(argument("pi")), EXACT);
        assertEquals(Math.PI, value(argument("π")), EXACT);
        assertEquals(2 * Math.PI, value(argument("tau")), EXACT);
        assertEquals(2 * Math.PI, value(argument("τ")), EXACT);
        assertEquals(Math.E, value(argument("euler")), EXACT);
        assertEquals(Math.E, value(argument("ℇ")), EXACT);
        assertEquals(-Math.PI / 2, value(argument("-pi/2")), EXACT);
    }

    @Test
    void functions() {
        assertEquals(Math.sin(0.3), value(argument("sin(0.3)")), EXACT);
        assertEquals(Math.cos(0.3), value(argument("cos(0.3)")), EXACT);
        assertEquals(Math.tan(0.3), value(argument("tan(0.3)")), EXACT);
        assertEquals(Math.exp(0.3), value(argument("exp(0.3)")), EXACT);
        assertEquals(Math.log(0.3), value(argument("ln(0.3)")), EXACT);
        assertEquals(Math.sqrt(2), value(argument("sqrt(2)")), EXACT);
        assertEquals(Math.asin(0.3), value(argument("arcsin(0.3)")), EXACT);
        assertEquals(Math.acos(0.3), value(argument("arccos(0.3)")), EXACT);
        assertEquals(Math.atan(0.3), value(argument("arctan(0.3)")), EXACT);
        assertEquals(Math.asin(0.3), value(argument("asin(0.3)")), EXACT);
        assertEquals(Math.acos(0.3), value(argument("acos(0.3)")), EXACT);
        assertEquals(Math.atan(0.3), value(argument("atan(0.3)")), EXACT);
    }

    @Test
    void symbolicExpressionsKeepTheirParametersAndEvaluateAtAnyPoint() {
        Circuit c = parse3("input float[64] theta;\ninput float[64] _t_0_;\nqubit q;\n"
                + "rz(2*theta - sin(_t_0_)/2 + pi) q;\nrz(-theta**2) q;");
        Expr e = gate(c, 0).arguments().get(0);
        assertInstanceOf(BinaryOperation.class, e);
        assertEquals(Set.of("theta", "_t_0_"), e.parameters());
        double theta = 0.7;
        double t0 = -1.3;
        assertEquals(2 * theta - Math.sin(t0) / 2 + Math.PI, value(e, Map.of("theta", theta, "_t_0_", t0)), EXACT);
        assertEquals(-(theta * theta), value(gate(c, 1).arguments().get(0), Map.of("theta", theta)), EXACT);
        assertEquals(Set.of(), argument("pi/2").parameters());
    }

    @Test
    void unknownIdentifierIsAnError() {
        assertError("qubit q;\nrz(2*phi) q;", 2, 6, "unknown identifier 'phi'");
    }

    @Test
    void registerNameIsNotAParameter() {
        assertError("qubit q;\nrz(q) q;", 2, 4, "'q' is not a parameter (qubit register declared on line 1)");
    }

    @Test
    void unknownFunctionIsAnError() {
        assertError("qubit q;\nrz(sinh(1)) q;", 2, 4, "unknown function 'sinh'");
    }

    @Test
    void missingOperandIsAnError() {
        assertError("qubit q;\nrz(1 + ) q;", 2, 8, "expected an expression (a number, a parameter name, pi, or '('), found ')'");
    }

    @Test
    void unclosedParenthesisIsAnError() {
        assertError("qubit q;\nrz((1 + 2 q;", 2, 11, "expected ')' to close the '(' at line 2, column 4, found 'q'");
    }

    @Test
    void numberFollowedByNameIsAnError() {
        assertError("qubit q;\nrz(2pi) q;", 2, 5, "unexpected 'pi' right after the number 2");
    }

    @Test
    void moduloIsRejected() {
        assertError("qubit q;\nrz(5 % 2) q;", 2, 6, "the operator '%' is not supported");
    }
}
