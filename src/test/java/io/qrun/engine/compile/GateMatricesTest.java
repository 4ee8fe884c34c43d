package io.qrun.engine.compile;

import static io.qrun.engine.compile.Dense.assertClose;
import static io.qrun.engine.compile.Dense.embed;
import static io.qrun.engine.compile.Dense.mul;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.qrun.engine.circuit.StandardGate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GateMatricesTest {

    private static final double[] NONE = {};
    private static final double R = Math.sqrt(0.5);

    private static double[] m(StandardGate g, double... params) {
        return GateMatrices.matrix(g, params);
    }

    /** Matrix of a 1-qubit gate on operand j of a k-operand gate (the test's own embedding). */
    private static double[] on(double[] gate, int operand, int k) {
        return embed(gate, new int[] {operand}, k);
    }

    @ParameterizedTest
    @EnumSource(StandardGate.class)
    void everyGateIsUnitaryOfItsSize(StandardGate gate) {
        Random rnd = new Random(gate.ordinal() + 17);
        for (int trial = 0; trial < 5; trial++) {
            double[] params = new double[gate.numParameters()];
            for (int i = 0; i < params.length; i++) {
                params[i] = (rnd.nextDouble() - 0.5) * 4 * Math.PI;
            }
            double[] u = GateMatrices.matrix(gate, params);
            int dim = 1 << gate.numQubits();
            assertEquals(2 * dim * dim, u.length, gate + " has the wrong size");
            Dense.assertUnitary(u);
        }
    }

    @Test
    void singleQubitGatesHaveQiskitsMatricesAndPhases() {
        double t = 0.7, ph = -1.1, l = 2.3;
        double c = Math.cos(t / 2), s = Math.sin(t / 2);
        assertClose(Dense.of(0, 0, 1, 0, 1, 0, 0, 0), m(StandardGate.X));
        assertClose(Dense.of(0, 0, 0, -1, 0, 1, 0, 0), m(StandardGate.Y));
        assertClose(Dense.of(1, 0, 0, 0, 0, 0, -1, 0), m(StandardGate.Z));
        assertClose(Dense.of(R, 0, R, 0, R, 0, -R, 0), m(StandardGate.H));
        assertClose(Dense.of(1, 0, 0, 0, 0, 0, 0, 1), m(StandardGate.S));
        assertClose(Dense.of(1, 0, 0, 0, 0, 0, R, R), m(StandardGate.T));
        assertClose(Dense.of(.5, .5, .5, -.5, .5, -.5, .5, .5), m(StandardGate.SX));
        assertClose(Dense.of(.5, -.5, .5, .5, .5, .5, .5, -.5), m(StandardGate.SXDG));
        assertClose(Dense.of(Math.cos(t / 2), -Math.sin(t / 2), 0, 0, 0, 0, Math.cos(t / 2), Math.sin(t / 2)),
                m(StandardGate.RZ, t));
        assertClose(Dense.of(1, 0, 0, 0, 0, 0, Math.cos(l), Math.sin(l)), m(StandardGate.P, l));
        assertClose(m(StandardGate.P, l), m(StandardGate.U1, l));
        assertClose(m(StandardGate.P, l), m(StandardGate.PHASE, l));
        assertClose(Dense.of(c, 0, 0, -s, 0, -s, c, 0), m(StandardGate.RX, t));
        assertClose(Dense.of(c, 0, -s, 0, s, 0, c, 0), m(StandardGate.RY, t));
        // U(t, p, l) = [[cos, -e^{il} sin], [e^{ip} sin, e^{i(p+l)} cos]]
        double[] u = Dense.of(c, 0, -Math.cos(l) * s, -Math.sin(l) * s, Math.cos(ph) * s, Math.sin(ph) * s,
                Math.cos(ph + l) * c, Math.sin(ph + l) * c);
        assertClose(u, m(StandardGate.U, t, ph, l));
        assertClose(u, m(StandardGate.U3, t, ph, l));
        assertClose(u, m(StandardGate.U_LOWER, t, ph, l));
        // u2(p, l) = U(pi/2, p, l) = 1/sqrt2 [[1, -e^{il}], [e^{ip}, e^{i(p+l)}]]
        assertClose(Dense.of(R, 0, -R * Math.cos(l), -R * Math.sin(l), R * Math.cos(ph), R * Math.sin(ph),
                R * Math.cos(ph + l), R * Math.sin(ph + l)), m(StandardGate.U2, ph, l));
        assertClose(Dense.identity(1), m(StandardGate.ID));
        assertClose(Dense.identity(1), m(StandardGate.U0, 0.3));
        assertClose(Dense.of(Math.cos(0.4), Math.sin(0.4)), m(StandardGate.GPHASE, 0.4));
        // r(theta, 0) = rx(theta); r(theta, pi/2) = ry(theta)
        assertClose(m(StandardGate.RX, t), m(StandardGate.R, t, 0));
        assertClose(m(StandardGate.RY, t), m(StandardGate.R, t, Math.PI / 2));
    }

    @Test
    void knownIdentities() {
        assertClose(m(StandardGate.Z), mul(m(StandardGate.H), mul(m(StandardGate.X), m(StandardGate.H))));
        assertClose(m(StandardGate.Z), mul(m(StandardGate.S), m(StandardGate.S)));
        assertClose(m(StandardGate.S), mul(m(StandardGate.T), m(StandardGate.T)));
        assertClose(m(StandardGate.X), mul(m(StandardGate.SX), m(StandardGate.SX)));
        assertClose(Dense.identity(1), mul(m(StandardGate.SX), m(StandardGate.SXDG)));
        assertClose(Dense.identity(1), mul(m(StandardGate.S), m(StandardGate.SDG)));
        assertClose(Dense.identity(1), mul(m(StandardGate.T), m(StandardGate.TDG)));
        // rz(t) = e^{-it/2} p(t)
        double t = 1.3;
        assertClose(Dense.scale(m(StandardGate.P, t), Math.cos(-t / 2), Math.sin(-t / 2)), m(StandardGate.RZ, t));
    }

    @Test
    void cxIsLittleEndianWithTheControlOnOperandZero() {
        // |c=1, t=0> is index 1 and goes to |c=1, t=1> = index 3
        assertClose(Dense.of(1, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 1, 0,
                0, 0, 0, 0, 1, 0, 0, 0,
                0, 0, 1, 0, 0, 0, 0, 0), m(StandardGate.CX));
        assertClose(m(StandardGate.CX), m(StandardGate.CX_UPPER));
    }

    @Test
    void controlledGatesAreTheirBaseGateOnTheControlledSubspace() {
        double a = 0.9, b = -0.4, c = 2.1, g = 0.6;
        check(StandardGate.CX, 1, m(StandardGate.X));
        check(StandardGate.CY, 1, m(StandardGate.Y));
        check(StandardGate.CZ, 1, m(StandardGate.Z));
        check(StandardGate.CH, 1, m(StandardGate.H));
        check(StandardGate.CSX, 1, m(StandardGate.SX));
        check(StandardGate.CS, 1, m(StandardGate.S));
        check(StandardGate.CSDG, 1, m(StandardGate.SDG));
        check(StandardGate.CCX, 2, m(StandardGate.X));
        check(StandardGate.C3X, 3, m(StandardGate.X));
        check(StandardGate.C3SQRTX, 3, m(StandardGate.SX));
        check(StandardGate.C4X, 4, m(StandardGate.X));
        check(StandardGate.CSWAP, 1, m(StandardGate.SWAP));
        checkP(StandardGate.CP, 1, m(StandardGate.P, a), a);
        checkP(StandardGate.CPHASE, 1, m(StandardGate.P, a), a);
        checkP(StandardGate.CU1, 1, m(StandardGate.P, a), a);
        checkP(StandardGate.CRX, 1, m(StandardGate.RX, a), a);
        checkP(StandardGate.CRY, 1, m(StandardGate.RY, a), a);
        checkP(StandardGate.CRZ, 1, m(StandardGate.RZ, a), a);
        checkP(StandardGate.CU3, 1, m(StandardGate.U3, a, b, c), a, b, c);
        // cu(t, p, l, gamma) = controlled (e^{i gamma} U(t, p, l)): gamma is a phase on the |1> control only
        checkP(StandardGate.CU, 1, Dense.scale(m(StandardGate.U, a, b, c), Math.cos(g), Math.sin(g)), a, b, c, g);
    }

    private static void check(StandardGate gate, int controls, double[] base) {
        checkP(gate, controls, base);
    }

    private static void checkP(StandardGate gate, int controls, double[] base, double... params) {
        int k = gate.numQubits();
        int[] cs = GateExpander.range(0, controls), ts = GateExpander.range(controls, k);
        assertClose(Dense.embedControlled(cs, (1L << controls) - 1, ts, base, k), GateMatrices.matrix(gate, params));
    }

    @Test
    void twoQubitInteractionsMatchQiskit() {
        double t = 0.83, b = 0.37;
        double c = Math.cos(t / 2), s = Math.sin(t / 2);
        // swap, iswap
        assertClose(Dense.of(1, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 1, 0, 0, 0,
                0, 0, 1, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 1, 0), m(StandardGate.SWAP));
        assertClose(Dense.of(1, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 1, 0, 0,
                0, 0, 0, 1, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 1, 0), m(StandardGate.ISWAP));
        // rzz = diag(e^{-it/2}, e^{it/2}, e^{it/2}, e^{-it/2})
        double[] rzz = new double[32];
        int[] sign = {-1, 1, 1, -1};
        for (int i = 0; i < 4; i++) {
            rzz[2 * (5 * i)] = c;
            rzz[2 * (5 * i) + 1] = sign[i] * s;
        }
        assertClose(rzz, m(StandardGate.RZZ, t));
        // rxx = (H (x) H) rzz (H (x) H); ryy = (RX(pi/2) (x) RX(pi/2)) rzz (RX(-pi/2) (x) RX(-pi/2))
        double[] hh = Dense.mul(on(m(StandardGate.H), 0, 2), on(m(StandardGate.H), 1, 2));
        assertClose(mul(hh, mul(rzz, hh)), m(StandardGate.RXX, t));
        double[] rxp = Dense.mul(on(m(StandardGate.RX, Math.PI / 2), 0, 2), on(m(StandardGate.RX, Math.PI / 2), 1, 2));
        double[] rxm = Dense.mul(on(m(StandardGate.RX, -Math.PI / 2), 0, 2), on(m(StandardGate.RX, -Math.PI / 2), 1, 2));
        assertClose(mul(rxm, mul(rzz, rxp)), m(StandardGate.RYY, t));
        // rzx(t) (Qiskit docstring): [[c,0,-is,0],[0,c,0,is],[-is,0,c,0],[0,is,0,c]]
        assertClose(Dense.of(c, 0, 0, 0, 0, -s, 0, 0,
                0, 0, c, 0, 0, 0, 0, s,
                0, -s, 0, 0, c, 0, 0, 0,
                0, 0, 0, s, 0, 0, c, 0), m(StandardGate.RZX, t));
        // xx_plus_yy(t, b): [[1,0,0,0],[0,c,-is e^{-ib},0],[0,-is e^{ib},c,0],[0,0,0,1]]
        double[] xpy = new double[32];
        xpy[0] = 1;
        xpy[30] = 1;
        xpy[2 * 5] = c;
        xpy[2 * 10] = c;
        xpy[2 * 6] = -s * Math.sin(b);
        xpy[2 * 6 + 1] = -s * Math.cos(b);
        xpy[2 * 9] = s * Math.sin(b);
        xpy[2 * 9 + 1] = -s * Math.cos(b);
        assertClose(xpy, m(StandardGate.XX_PLUS_YY, t, b));
        // xx_minus_yy(t, b) = rz_1(b) . xx_minus_yy(t, 0) . rz_1(-b) and couples |00> with |11>
        double[] xmy0 = Dense.of(c, 0, 0, 0, 0, 0, 0, -s,
                0, 0, 1, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 1, 0, 0, 0,
                0, -s, 0, 0, 0, 0, c, 0);
        assertClose(xmy0, m(StandardGate.XX_MINUS_YY, t, 0));
        double[] rz1p = on(m(StandardGate.RZ, b), 1, 2), rz1m = on(m(StandardGate.RZ, -b), 1, 2);
        assertClose(mul(rz1p, mul(xmy0, rz1m)), m(StandardGate.XX_MINUS_YY, t, b));
        // dcx = cx(0, 1) followed by cx(1, 0)
        double[] cx01 = m(StandardGate.CX);
        double[] cx10 = Dense.embed(cx01, new int[] {1, 0}, 2);
        assertClose(mul(cx10, cx01), m(StandardGate.DCX));
    }

    @Test
    void ecrMatchesQiskitsMatrixAndDefinition() {
        double r = R;
        assertClose(Dense.of(0, 0, r, 0, 0, 0, 0, r,
                r, 0, 0, 0, 0, -r, 0, 0,
                0, 0, 0, r, 0, 0, r, 0,
                0, -r, 0, 0, r, 0, 0, 0), m(StandardGate.ECR));
        // Qiskit: gate ecr q0, q1 { rzx(pi/4) q0, q1; x q0; rzx(-pi/4) q0, q1; }
        double[] def = mul(m(StandardGate.RZX, -Math.PI / 4), mul(on(m(StandardGate.X), 0, 2),
                m(StandardGate.RZX, Math.PI / 4)));
        assertClose(def, m(StandardGate.ECR));
    }

    @Test
    void relativePhaseToffolisMatchQiskitsArrays() {
        double[] rccx = Dense.identity(3);
        setEntry(rccx, 8, 3, 3, 0, 0);
        setEntry(rccx, 8, 7, 7, 0, 0);
        setEntry(rccx, 8, 3, 7, 0, -1);
        setEntry(rccx, 8, 7, 3, 0, 1);
        setEntry(rccx, 8, 5, 5, -1, 0);
        assertClose(rccx, m(StandardGate.RCCX));
        // and qelib1's definition: u2(0,pi) c; u1(pi/4) c; cx b,c; u1(-pi/4) c; cx a,c; u1(pi/4) c;
        // cx b,c; u1(-pi/4) c; u2(0,pi) c;
        double[] h = on(m(StandardGate.U2, 0, Math.PI), 2, 3);
        double[] tp = on(m(StandardGate.U1, Math.PI / 4), 2, 3), tm = on(m(StandardGate.U1, -Math.PI / 4), 2, 3);
        double[] cxbc = embed(m(StandardGate.CX), new int[] {1, 2}, 3), cxac = embed(m(StandardGate.CX), new int[] {0, 2}, 3);
        double[][] seq = {h, tp, cxbc, tm, cxac, tp, cxbc, tm, h};
        double[] u = Dense.identity(3);
        for (double[] gate : seq) {
            u = mul(gate, u);
        }
        assertClose(u, m(StandardGate.RCCX));

        double[] rc3x = Dense.identity(4);
        setEntry(rc3x, 16, 3, 3, 0, 1);
        setEntry(rc3x, 16, 7, 7, 0, 0);
        setEntry(rc3x, 16, 15, 15, 0, 0);
        setEntry(rc3x, 16, 7, 15, 1, 0);
        setEntry(rc3x, 16, 11, 11, 0, -1);
        setEntry(rc3x, 16, 15, 7, -1, 0);
        assertClose(rc3x, m(StandardGate.RC3X));
    }

    private static void setEntry(double[] m, int d, int r, int c, double re, double im) {
        m[2 * (r * d + c)] = re;
        m[2 * (r * d + c) + 1] = im;
    }

    @Test
    void wrongParameterCountIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GateMatrices.matrix(StandardGate.RX, NONE));
        assertEquals("Gate rx takes 1 parameter(s), got 0", e.getMessage());
    }
}
