package io.qrun.engine.sim;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Complex arithmetic on 256-bit vectors of the interleaved state: one vector holds two amplitudes
 * (re0, im0, re1, im1). A complex product c * a is written a * (cr, cr, cr, cr) + swap(a) *
 * (-ci, ci, -ci, ci): lane by lane that is cr * ar + (-ci) * ai and cr * ai + ci * ar, the same
 * IEEE products and sums as the scalar kernels' cr * ar - ci * ai and cr * ai + ci * ar (x - y
 * is x + (-y), and the Vector API never fuses a multiply and an add unless asked to with {@code
 * fma}, which the dense 4x4 kernels of both families then do in the same order: {@link
 * FusedMultiplyAdd}), so results are bitwise equal.
 * Only referenced by the vector kernels, which are loaded only when the module is present.
 */
final class ComplexLanes {

    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;

    /** (re0, im0, re1, im1) to (im0, re0, im1, re1). */
    static final VectorShuffle<Double> SWAP = VectorShuffle.fromValues(SPECIES, 1, 0, 3, 2);

    private ComplexLanes() {}

    /**
     * For each of the {@code entries} complex numbers of {@code m} (re, im interleaved) 8 doubles:
     * its real part in four lanes, then (-im, im, -im, im), for kernels that load their
     * coefficient vectors with {@code fromArray}. (The hot uncontrolled loops of the 2x2 and
     * diagonal kernels build theirs in the loop's method instead: see {@link
     * VectorDenseOneQubitKernel}.)
     */
    static double[] coefficientLanes(double[] m, int entries) {
        double[] lanes = new double[8 * entries];
        for (int e = 0; e < entries; e++) {
            double re = m[2 * e], im = m[2 * e + 1];
            for (int l = 0; l < 4; l++) {
                lanes[8 * e + l] = re;
                lanes[8 * e + 4 + l] = (l & 1) == 0 ? -im : im;
            }
        }
        return lanes;
    }
}
