package io.qrun.engine.compile;

import static io.qrun.engine.compile.Dense.assertClose;
import static io.qrun.engine.compile.Dense.embed;
import static io.qrun.engine.compile.Dense.mul;

import io.qrun.engine.circuit.StandardGate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnitaryPowerTest {

    /** A random 3-qubit unitary: a product of random U gates and cx. */
    private static double[] randomUnitary(Random rnd) {
        double[] u = Dense.identity(3);
        for (int i = 0; i < 12; i++) {
            int q = rnd.nextInt(3);
            double[] g = GateMatrices.matrix(StandardGate.U,
                    new double[] {rnd.nextDouble() * 6, rnd.nextDouble() * 6, rnd.nextDouble() * 6});
            u = mul(embed(g, new int[] {q}, 3), u);
            u = mul(embed(GateMatrices.matrix(StandardGate.CX, new double[0]), new int[] {q, (q + 1) % 3}, 3), u);
        }
        return u;
    }

    @Test
    void rootsOfRandomUnitariesMultiplyBackToTheUnitary() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 10; trial++) {
            double[] u = randomUnitary(rnd);
            double[] half = UnitaryPower.power(u, 0.5);
            Dense.assertUnitary(half);
            assertClose(u, mul(half, half), 1e-11);
            double[] third = UnitaryPower.power(u, 1.0 / 3);
            assertClose(u, mul(third, mul(third, third)), 1e-11);
            assertClose(Dense.dagger(u), UnitaryPower.power(u, -1), 1e-11);
        }
    }

    @Test
    void degenerateEigenvaluesAndTheBranchCut() {
        // I^k = I; (-I)^0.5 = i I (principal branch: -1 has phase +pi)
        assertClose(Dense.identity(2), UnitaryPower.power(Dense.identity(2), 0.37));
        assertClose(Dense.scale(Dense.identity(2), 0, 1), UnitaryPower.power(Dense.scale(Dense.identity(2), -1, 0), 0.5));
        // z (x) z = diag(1, -1, -1, 1), eigenvalues 1 and -1 twice each: its root is diag(1, i, i, 1)
        double[] z = GateMatrices.matrix(StandardGate.Z, new double[0]);
        double[] root = new double[32];
        root[0] = 1;
        root[2 * 5 + 1] = 1;
        root[2 * 10 + 1] = 1;
        root[2 * 15] = 1;
        assertClose(root, UnitaryPower.power(Matrices.kron(z, z), 0.5));
        // h (x) h (eigenvalues 1, -1, -1, 1 in a non-computational basis) squared root, squared back
        double[] h = GateMatrices.matrix(StandardGate.H, new double[0]);
        double[] hh = Matrices.kron(h, h);
        double[] hhRoot = UnitaryPower.power(hh, 0.5);
        assertClose(hh, mul(hhRoot, hhRoot));
        // a 1x1 phase: (e^{i 3})^0.5 = e^{i 1.5}
        assertClose(new double[] {Math.cos(1.5), Math.sin(1.5)},
                UnitaryPower.power(new double[] {Math.cos(3), Math.sin(3)}, 0.5));
    }
}
