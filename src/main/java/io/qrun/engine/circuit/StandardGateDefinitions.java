package io.qrun.engine.circuit;

import java.util.Map;
import java.util.Optional;

/**
 * An OpenQASM 3 {@code gate} definition of each standard gate that a backend can list, in terms of
 * the built-ins {@code U} and {@code CX} and gates defined before it (the decompositions of
 * {@code qelib1.inc}, {@code stdgates.inc} and Qiskit's own): what a backend configuration shows as a
 * gate's {@code qasm_def}. Parameter names are the configuration's ({@code theta}, {@code phi},
 * {@code lambda}, {@code beta}, {@code gamma}). Each definition equals the engine's matrix of the gate
 * up to a global phase, which OpenQASM 2 definitions do not fix (StandardGateDefinitionsTest
 * checks every one on the engine).
 */
public final class StandardGateDefinitions {

    private static final Map<String, String> BODIES = Map.ofEntries(
            // one qubit
            Map.entry("id", "gate id a { U(0, 0, 0) a; }"),
            Map.entry("u0", "gate u0(theta) a { U(0, 0, 0) a; }"),
            Map.entry("u", "gate u(theta, phi, lambda) a { U(theta, phi, lambda) a; }"),
            Map.entry("u3", "gate u3(theta, phi, lambda) a { U(theta, phi, lambda) a; }"),
            Map.entry("u2", "gate u2(phi, lambda) a { U(pi/2, phi, lambda) a; }"),
            Map.entry("u1", "gate u1(theta) a { U(0, 0, theta) a; }"),
            Map.entry("p", "gate p(theta) a { U(0, 0, theta) a; }"),
            Map.entry("phase", "gate phase(theta) a { U(0, 0, theta) a; }"),
            Map.entry("x", "gate x a { U(pi, 0, pi) a; }"),
            Map.entry("y", "gate y a { U(pi, pi/2, pi/2) a; }"),
            Map.entry("z", "gate z a { U(0, 0, pi) a; }"),
            Map.entry("h", "gate h a { U(pi/2, 0, pi) a; }"),
            Map.entry("s", "gate s a { U(0, 0, pi/2) a; }"),
            Map.entry("sdg", "gate sdg a { U(0, 0, -pi/2) a; }"),
            Map.entry("t", "gate t a { U(0, 0, pi/4) a; }"),
            Map.entry("tdg", "gate tdg a { U(0, 0, -pi/4) a; }"),
            Map.entry("sx", "gate sx a { sdg a; h a; sdg a; }"),
            Map.entry("sxdg", "gate sxdg a { s a; h a; s a; }"),
            Map.entry("rx", "gate rx(theta) a { U(theta, -pi/2, pi/2) a; }"),
            Map.entry("ry", "gate ry(theta) a { U(theta, 0, 0) a; }"),
            Map.entry("rz", "gate rz(theta) a { U(0, 0, theta) a; }"),
            Map.entry("r", "gate r(theta, phi) a { U(theta, phi - pi/2, -phi + pi/2) a; }"),
            // two qubits
            Map.entry("cx", "gate cx a, b { CX a, b; }"),
            Map.entry("cy", "gate cy a, b { sdg b; cx a, b; s b; }"),
            Map.entry("cz", "gate cz a, b { h b; cx a, b; h b; }"),
            Map.entry("ch", "gate ch a, b { s b; h b; t b; cx a, b; tdg b; h b; sdg b; }"),
            Map.entry("swap", "gate swap a, b { cx a, b; cx b, a; cx a, b; }"),
            Map.entry("cp", "gate cp(theta) a, b { p(theta/2) a; cx a, b; p(-theta/2) b; cx a, b; p(theta/2) b; }"),
            Map.entry("cphase", "gate cphase(theta) a, b { p(theta/2) a; cx a, b; p(-theta/2) b; cx a, b; p(theta/2) b; }"),
            Map.entry("cu1", "gate cu1(theta) a, b { p(theta/2) a; cx a, b; p(-theta/2) b; cx a, b; p(theta/2) b; }"),
            Map.entry("cs", "gate cs a, b { p(pi/4) a; cx a, b; p(-pi/4) b; cx a, b; p(pi/4) b; }"),
            Map.entry("csdg", "gate csdg a, b { p(-pi/4) a; cx a, b; p(pi/4) b; cx a, b; p(-pi/4) b; }"),
            Map.entry("crx", "gate crx(theta) a, b { p(pi/2) b; cx a, b; U(-theta/2, 0, 0) b; cx a, b; U(theta/2, -pi/2, 0) b; }"),
            Map.entry("cry", "gate cry(theta) a, b { ry(theta/2) b; cx a, b; ry(-theta/2) b; cx a, b; }"),
            Map.entry("crz", "gate crz(theta) a, b { rz(theta/2) b; cx a, b; rz(-theta/2) b; cx a, b; }"),
            Map.entry("cu3", "gate cu3(theta, phi, lambda) a, b { p((lambda + phi)/2) a; p((lambda - phi)/2) b; cx a, b;"
                    + " U(-theta/2, 0, -(phi + lambda)/2) b; cx a, b; U(theta/2, phi, 0) b; }"),
            Map.entry("cu", "gate cu(theta, phi, lambda, gamma) a, b { p(gamma) a; p((lambda + phi)/2) a; p((lambda - phi)/2) b;"
                    + " cx a, b; U(-theta/2, 0, -(phi + lambda)/2) b; cx a, b; U(theta/2, phi, 0) b; }"),
            Map.entry("csx", "gate csx a, b { h b; cp(pi/2) a, b; h b; }"),
            Map.entry("rzz", "gate rzz(theta) a, b { cx a, b; rz(theta) b; cx a, b; }"),
            Map.entry("rxx", "gate rxx(theta) a, b { h a; h b; cx a, b; rz(theta) b; cx a, b; h a; h b; }"),
            Map.entry("ryy", "gate ryy(theta) a, b { rx(pi/2) a; rx(pi/2) b; cx a, b; rz(theta) b; cx a, b; rx(-pi/2) a; rx(-pi/2) b; }"),
            Map.entry("rzx", "gate rzx(theta) a, b { h b; cx a, b; rz(theta) b; cx a, b; h b; }"),
            Map.entry("ecr", "gate ecr a, b { rzx(pi/4) a, b; x a; rzx(-pi/4) a, b; }"),
            Map.entry("iswap", "gate iswap a, b { s a; s b; h a; cx a, b; cx b, a; h b; }"),
            Map.entry("dcx", "gate dcx a, b { cx a, b; cx b, a; }"),
            Map.entry("xx_plus_yy", "gate xx_plus_yy(theta, beta) a, b { rz(beta) a; sdg b; sx b; s b; s a; cx b, a;"
                    + " ry(-theta/2) b; ry(-theta/2) a; cx b, a; sdg a; sdg b; sxdg b; s b; rz(-beta) a; }"),
            Map.entry("xx_minus_yy", "gate xx_minus_yy(theta, beta) a, b { rz(-beta) b; sdg a; sx a; s a; s b; cx a, b;"
                    + " ry(theta/2) a; ry(-theta/2) b; cx a, b; sdg b; sdg a; sxdg a; s a; rz(beta) b; }"),
            // three and more
            Map.entry("ccx", "gate ccx a, b, c { h c; cx b, c; tdg c; cx a, c; t c; cx b, c; tdg c; cx a, c; t b; t c; h c;"
                    + " cx a, b; t a; tdg b; cx a, b; }"),
            Map.entry("cswap", "gate cswap a, b, c { cx c, b; ccx a, b, c; cx c, b; }"),
            Map.entry("rccx", "gate rccx a, b, c { u2(0, pi) c; u1(pi/4) c; cx b, c; u1(-pi/4) c; cx a, c; u1(pi/4) c;"
                    + " cx b, c; u1(-pi/4) c; u2(0, pi) c; }"),
            Map.entry("rc3x", "gate rc3x a, b, c, d { u2(0, pi) d; u1(pi/4) d; cx c, d; u1(-pi/4) d; u2(0, pi) d; cx a, d;"
                    + " u1(pi/4) d; cx b, d; u1(-pi/4) d; cx a, d; u1(pi/4) d; cx b, d; u1(-pi/4) d; u2(0, pi) d;"
                    + " u1(pi/4) d; cx c, d; u1(-pi/4) d; u2(0, pi) d; }"),
            Map.entry("c3x", "gate c3x a, b, c, d { ctrl(3) @ x a, b, c, d; }"),
            Map.entry("c3sqrtx", "gate c3sqrtx a, b, c, d { ctrl(3) @ sx a, b, c, d; }"),
            Map.entry("c4x", "gate c4x a, b, c, d, e { ctrl(4) @ x a, b, c, d, e; }"));

    private StandardGateDefinitions() {
    }

    /** The definition of the named gate, if it is one a backend can list. */
    public static Optional<String> of(String gate) {
        return Optional.ofNullable(BODIES.get(gate));
    }
}
