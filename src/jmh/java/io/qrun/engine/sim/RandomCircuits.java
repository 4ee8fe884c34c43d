package io.qrun.engine.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The benchmark's layered random circuit: random one-qubit rotations on every qubit, then CX on alternating pairs. */
final class RandomCircuits {

    private RandomCircuits() {}

    static final double[] CX = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0,
            0, 0};

    static List<Op> layered(int n, int layers, long seed) {
        Random rnd = new Random(seed);
        List<Op> ops = new ArrayList<>();
        for (int layer = 0; layer < layers; layer++) {
            for (int q = 0; q < n; q++) {
                ops.add(new Op.Unitary(new int[] {q}, rotation(rnd.nextDouble() * 6.3, rnd.nextDouble() * 3.2,
                        rnd.nextDouble() * 6.3)));
            }
            for (int q = layer & 1; q + 1 < n; q += 2) {
                ops.add(new Op.Unitary(new int[] {q, q + 1}, CX));
            }
        }
        return ops;
    }

    /** rz(phi) ry(theta) rz(lambda) as one matrix (U up to global phase). */
    static double[] rotation(double phi, double theta, double lambda) {
        double c = Math.cos(theta / 2), s = Math.sin(theta / 2);
        return new double[] {
                c * Math.cos(-(phi + lambda) / 2), c * Math.sin(-(phi + lambda) / 2),
                -s * Math.cos((lambda - phi) / 2), -s * Math.sin((lambda - phi) / 2),
                s * Math.cos((phi - lambda) / 2), s * Math.sin((phi - lambda) / 2),
                c * Math.cos((phi + lambda) / 2), c * Math.sin((phi + lambda) / 2)};
    }
}
