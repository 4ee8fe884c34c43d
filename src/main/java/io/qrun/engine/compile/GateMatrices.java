package io.qrun.engine.compile;

import io.qrun.engine.circuit.StandardGate;
import java.util.Objects;

/**
 * The unitary of every {@link StandardGate}, exactly as Qiskit defines it (its {@code __array__}
 * methods, global phase included), so that results match what a Qiskit user computes.
 *
 * <p>Matrices are dense, row-major, complex interleaved ({@code re, im, re, im, ...}) and
 * little-endian: bit j of a row or column index is operand j. For {@code cx(q0, q1)} the control is
 * operand 0 = bit 0, so |control=1, target=0> is index 1.
 */
public final class GateMatrices {

    private static final double SQRT1_2 = Math.sqrt(0.5);
    private static final double[] PAULI_X = {0, 0, 1, 0, 1, 0, 0, 0};
    private static final double[] PAULI_Y = {0, 0, 0, -1, 0, 1, 0, 0};
    private static final double[] PAULI_Z = {1, 0, 0, 0, 0, 0, -1, 0};

    private GateMatrices() {}

    /**
     * The matrix of {@code gate} with parameters {@code params} (in Qiskit's order, e.g.
     * U(theta, phi, lambda)). {@code gphase(g)} is the 1x1 matrix [e^{ig}].
     */
    public static double[] matrix(StandardGate gate, double[] params) {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(params, "params");
        if (params.length != gate.numParameters()) {
            throw new IllegalArgumentException("Gate " + gate.qasmName() + " takes " + gate.numParameters()
                    + " parameter(s), got " + params.length);
        }
        ControlledForm cf = controlledForm(gate, params);
        if (cf != null) {
            return Matrices.controlledToDense(cf.numControls(), (1L << cf.numControls()) - 1, cf.target());
        }
        double[] p = params;
        switch (gate) {
            case GPHASE:
                return new double[] {Math.cos(p[0]), Math.sin(p[0])};
            case ID:
            case U0:
                return Matrices.identity(1);
            case U:
            case U3:
            case U_LOWER:
                return u(p[0], p[1], p[2]);
            case U2:
                return u(Math.PI / 2, p[0], p[1]);
            case U1:
            case P:
            case PHASE:
                return diag(1, 0, Math.cos(p[0]), Math.sin(p[0]));
            case X:
                return m2(0, 0, 1, 0, 1, 0, 0, 0);
            case Y:
                return m2(0, 0, 0, -1, 0, 1, 0, 0);
            case Z:
                return diag(1, 0, -1, 0);
            case H:
                return m2(SQRT1_2, 0, SQRT1_2, 0, SQRT1_2, 0, -SQRT1_2, 0);
            case S:
                return diag(1, 0, 0, 1);
            case SDG:
                return diag(1, 0, 0, -1);
            case T:
                return diag(1, 0, SQRT1_2, SQRT1_2);
            case TDG:
                return diag(1, 0, SQRT1_2, -SQRT1_2);
            case SX:
                return m2(0.5, 0.5, 0.5, -0.5, 0.5, -0.5, 0.5, 0.5);
            case SXDG:
                return m2(0.5, -0.5, 0.5, 0.5, 0.5, 0.5, 0.5, -0.5);
            case RX: {
                double c = Math.cos(p[0] / 2), s = Math.sin(p[0] / 2);
                return m2(c, 0, 0, -s, 0, -s, c, 0);
            }
            case RY: {
                double c = Math.cos(p[0] / 2), s = Math.sin(p[0] / 2);
                return m2(c, 0, -s, 0, s, 0, c, 0);
            }
            case RZ:
                return diag(Math.cos(p[0] / 2), -Math.sin(p[0] / 2), Math.cos(p[0] / 2), Math.sin(p[0] / 2));
            case R: {
                // r(theta, phi) = [[cos, -i e^{-i phi} sin], [-i e^{i phi} sin, cos]]
                double c = Math.cos(p[0] / 2), s = Math.sin(p[0] / 2);
                double cp = Math.cos(p[1]), sp = Math.sin(p[1]);
                // -i e^{-i phi} = -i (cp - i sp) = -sp - i cp ; -i e^{i phi} = sp - i cp
                return m2(c, 0, -sp * s, -cp * s, sp * s, -cp * s, c, 0);
            }
            case SWAP:
                return permutation(new int[] {0, 2, 1, 3});
            case RXX:
                return expPauli(p[0], Matrices.kron(PAULI_X, PAULI_X));
            case RYY:
                return expPauli(p[0], Matrices.kron(PAULI_Y, PAULI_Y));
            case RZZ:
                return expPauli(p[0], Matrices.kron(PAULI_Z, PAULI_Z));
            case RZX:
                // Qiskit: exp(-i theta/2 X(x)Z) with Z on operand 0 (bit 0) and X on operand 1
                return expPauli(p[0], Matrices.kron(PAULI_X, PAULI_Z));
            case ECR: {
                // 1/sqrt2 [[0,1,0,i],[1,0,-i,0],[0,i,0,1],[-i,0,1,0]]
                double r = SQRT1_2;
                double[] m = new double[32];
                set(m, 4, 0, 1, r, 0);
                set(m, 4, 0, 3, 0, r);
                set(m, 4, 1, 0, r, 0);
                set(m, 4, 1, 2, 0, -r);
                set(m, 4, 2, 1, 0, r);
                set(m, 4, 2, 3, r, 0);
                set(m, 4, 3, 0, 0, -r);
                set(m, 4, 3, 2, r, 0);
                return m;
            }
            case ISWAP: {
                double[] m = new double[32];
                set(m, 4, 0, 0, 1, 0);
                set(m, 4, 1, 2, 0, 1);
                set(m, 4, 2, 1, 0, 1);
                set(m, 4, 3, 3, 1, 0);
                return m;
            }
            case DCX:
                // cx(0, 1) then cx(1, 0): column j has its 1 in row perm[j]
                return permutation(new int[] {0, 2, 3, 1});
            case XX_PLUS_YY: {
                double c = Math.cos(p[0] / 2), s = Math.sin(p[0] / 2);
                double cb = Math.cos(p[1]), sb = Math.sin(p[1]);
                double[] m = new double[32];
                set(m, 4, 0, 0, 1, 0);
                set(m, 4, 3, 3, 1, 0);
                set(m, 4, 1, 1, c, 0);
                set(m, 4, 2, 2, c, 0);
                // -i sin e^{-i beta} = -i s (cb - i sb) = -s sb - i s cb
                set(m, 4, 1, 2, -s * sb, -s * cb);
                // -i sin e^{i beta} = s sb - i s cb
                set(m, 4, 2, 1, s * sb, -s * cb);
                return m;
            }
            case XX_MINUS_YY: {
                double c = Math.cos(p[0] / 2), s = Math.sin(p[0] / 2);
                double cb = Math.cos(p[1]), sb = Math.sin(p[1]);
                double[] m = new double[32];
                set(m, 4, 1, 1, 1, 0);
                set(m, 4, 2, 2, 1, 0);
                set(m, 4, 0, 0, c, 0);
                set(m, 4, 3, 3, c, 0);
                set(m, 4, 0, 3, -s * sb, -s * cb);
                set(m, 4, 3, 0, s * sb, -s * cb);
                return m;
            }
            case RCCX: {
                double[] m = Matrices.identity(3);
                set(m, 8, 3, 3, 0, 0);
                set(m, 8, 7, 7, 0, 0);
                set(m, 8, 3, 7, 0, -1);
                set(m, 8, 7, 3, 0, 1);
                set(m, 8, 5, 5, -1, 0);
                return m;
            }
            case RC3X: {
                double[] m = Matrices.identity(4);
                set(m, 16, 3, 3, 0, 1);
                set(m, 16, 7, 7, 0, 0);
                set(m, 16, 15, 15, 0, 0);
                set(m, 16, 7, 15, 1, 0);
                set(m, 16, 11, 11, 0, -1);
                set(m, 16, 15, 7, -1, 0);
                return m;
            }
            default:
                throw new IllegalStateException("No matrix for gate " + gate.qasmName());
        }
    }

    /**
     * The gates Qiskit defines as a base gate under controls (all controls on state 1, controls
     * first in operand order): the simulator applies these on the controlled subspace only instead
     * of a dense matrix. Null for gates that are not of that form.
     */
    public static ControlledForm controlledForm(StandardGate gate, double[] p) {
        switch (gate) {
            case CX:
            case CX_UPPER:
                return new ControlledForm(1, matrix(StandardGate.X, new double[0]));
            case CY:
                return new ControlledForm(1, matrix(StandardGate.Y, new double[0]));
            case CZ:
                return new ControlledForm(1, matrix(StandardGate.Z, new double[0]));
            case CH:
                return new ControlledForm(1, matrix(StandardGate.H, new double[0]));
            case CP:
            case CPHASE:
            case CU1:
                return new ControlledForm(1, matrix(StandardGate.P, p));
            case CRX:
                return new ControlledForm(1, matrix(StandardGate.RX, p));
            case CRY:
                return new ControlledForm(1, matrix(StandardGate.RY, p));
            case CRZ:
                return new ControlledForm(1, matrix(StandardGate.RZ, p));
            case CU3:
                return new ControlledForm(1, matrix(StandardGate.U3, p));
            case CU: {
                // cu(theta, phi, lambda, gamma) = controlled (e^{i gamma} U(theta, phi, lambda))
                double[] u = matrix(StandardGate.U, new double[] {p[0], p[1], p[2]});
                return new ControlledForm(1, Matrices.scale(u, Math.cos(p[3]), Math.sin(p[3])));
            }
            case CSX:
                return new ControlledForm(1, matrix(StandardGate.SX, new double[0]));
            case CS:
                return new ControlledForm(1, matrix(StandardGate.S, new double[0]));
            case CSDG:
                return new ControlledForm(1, matrix(StandardGate.SDG, new double[0]));
            case CCX:
                return new ControlledForm(2, matrix(StandardGate.X, new double[0]));
            case CSWAP:
                return new ControlledForm(1, matrix(StandardGate.SWAP, new double[0]));
            case C3X:
                return new ControlledForm(3, matrix(StandardGate.X, new double[0]));
            case C3SQRTX:
                return new ControlledForm(3, matrix(StandardGate.SX, new double[0]));
            case C4X:
                return new ControlledForm(4, matrix(StandardGate.X, new double[0]));
            default:
                return null;
        }
    }

    /** A gate that is {@code target} controlled by its first {@code numControls} operands (all on 1). */
    public record ControlledForm(int numControls, double[] target) {}

    private static double[] u(double theta, double phi, double lambda) {
        double c = Math.cos(theta / 2), s = Math.sin(theta / 2);
        return m2(c, 0,
                -Math.cos(lambda) * s, -Math.sin(lambda) * s,
                Math.cos(phi) * s, Math.sin(phi) * s,
                Math.cos(phi + lambda) * c, Math.sin(phi + lambda) * c);
    }

    private static double[] m2(double... reIm) {
        return reIm.clone();
    }

    private static double[] diag(double re0, double im0, double re1, double im1) {
        return new double[] {re0, im0, 0, 0, 0, 0, re1, im1};
    }

    /** A permutation matrix sending basis state j to perm[j]. */
    private static double[] permutation(int[] perm) {
        int d = perm.length;
        double[] m = new double[2 * d * d];
        for (int j = 0; j < d; j++) {
            m[2 * (perm[j] * d + j)] = 1;
        }
        return m;
    }

    /** exp(-i theta/2 P) = cos(theta/2) I - i sin(theta/2) P for a Pauli product P (P^2 = I). */
    private static double[] expPauli(double theta, double[] pauli) {
        double c = Math.cos(theta / 2), s = Math.sin(theta / 2);
        int d = Matrices.dim(pauli);
        double[] m = new double[pauli.length];
        for (int r = 0; r < d; r++) {
            for (int col = 0; col < d; col++) {
                int k = 2 * (r * d + col);
                // -i s (a + ib) = s b - i s a
                m[k] = (r == col ? c : 0) + s * pauli[k + 1];
                m[k + 1] = -s * pauli[k];
            }
        }
        return m;
    }

    private static void set(double[] m, int dim, int row, int col, double re, double im) {
        m[2 * (row * dim + col)] = re;
        m[2 * (row * dim + col) + 1] = im;
    }
}
