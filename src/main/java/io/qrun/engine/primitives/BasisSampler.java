package io.qrun.engine.primitives;

import io.qrun.engine.sim.StateVector;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Draws computational-basis outcomes from a state's |amplitude|^2 without a table of the
 * distribution: sorted uniforms are matched against the running sum in one pass over the state,
 * so memory stays O(count) whatever the number of qubits.
 */
final class BasisSampler {

    private BasisSampler() {}

    static long[] draw(StateVector state, int count, RandomGenerator rng) {
        long[] out = new long[count];
        if (count == 0) {
            return out;
        }
        long dim = state.dimension();
        double total = 0;
        for (long i = 0; i < dim; i++) {
            total += state.probability(i);
        }
        double[] u = new double[count];
        for (int k = 0; k < count; k++) {
            u[k] = rng.nextDouble() * total;
        }
        Arrays.sort(u);
        double cumulative = 0;
        long last = 0;
        int k = 0;
        for (long i = 0; i < dim && k < count; i++) {
            double p = state.probability(i);
            if (p > 0) {
                last = i;
            }
            cumulative += p;
            while (k < count && u[k] < cumulative) {
                out[k++] = i;
            }
        }
        while (k < count) {
            out[k++] = last; // rounding at the top end: the last outcome with weight
        }
        // the sweep yields outcomes in index order; shuffle so that callers may split them freely
        for (int i = count - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            long t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }
}
