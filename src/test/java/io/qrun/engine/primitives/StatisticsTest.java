package io.qrun.engine.primitives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Shot noise, extrapolation weights, readout inversion and seeding. */
class StatisticsTest {

    @Test
    void binomialHasTheRightMeanAndVariance() {
        // 20000 draws of Binomial(n, p): the sample mean is within 5 standard errors of n*p
        for (int n : new int[] {10, 4096}) {
            for (double p : new double[] {0.001, 0.3, 0.97}) {
                RandomGenerator rng = Seeds.stream(1, 0, 0, 0);
                int draws = 20000;
                double sum = 0;
                double sumSq = 0;
                for (int i = 0; i < draws; i++) {
                    long k = ShotNoise.binomial(n, p, rng);
                    assertTrue(k >= 0 && k <= n);
                    sum += k;
                    sumSq += (double) k * k;
                }
                double mean = sum / draws;
                double var = sumSq / draws - mean * mean;
                double trueVar = n * p * (1 - p);
                assertEquals(n * p, mean, 5 * Math.sqrt(trueVar / draws), "n=" + n + " p=" + p);
                // the variance of a sample variance is about 2 var^2 / draws for these shapes; allow 10 of those
                assertEquals(trueVar, var, 10 * trueVar * Math.sqrt(2.0 / draws) + 1e-3, "n=" + n + " p=" + p);
            }
        }
    }

    @Test
    void certainOutcomesHaveNoNoise() {
        RandomGenerator rng = Seeds.stream(1, 0, 0, 0);
        assertEquals(1.0, ShotNoise.estimate(1.0, 100, rng));
        assertEquals(-1.0, ShotNoise.estimate(-1.0, 100, rng));
    }

    @Test
    void richardsonAndLinearWeightsAtOneThreeFive() {
        List<Integer> f = List.of(1, 3, 5);
        double[] richardson = Extrapolator.of("richardson", f).weights();
        assertArrayEquals(new double[] {15.0 / 8, -5.0 / 4, 3.0 / 8}, richardson, 1e-12);
        double[] linear = Extrapolator.of("linear", f).weights();
        assertArrayEquals(new double[] {13.0 / 12, 1.0 / 3, -5.0 / 12}, linear, 1e-12);
        assertArrayEquals(richardson, Extrapolator.of("polynomial_degree_2", f).weights(), 1e-12);
        // a line y = 2 - 0.1 x is recovered exactly at 0
        assertEquals(2.0, Extrapolator.of("linear", f).value(new double[] {1.9, 1.7, 1.5}), 1e-12);
        assertEquals(Math.sqrt(169.0 / 144 + 1.0 / 9 + 25.0 / 144) * 0.1,
                Extrapolator.of("linear", f).std(new double[] {0.1, 0.1, 0.1}), 1e-12);
    }

    @Test
    void readoutInversionIsUnbiased() {
        double e0 = 0.02;
        double e1 = 0.07;
        for (double z : new double[] {1, 0.3, -0.8}) {
            double p0 = (1 + z) / 2;
            double read0 = p0 * (1 - e0) + (1 - p0) * e1;
            double mean = read0 * ReadoutMitigation.parityFactor(0, e0, e1)
                    + (1 - read0) * ReadoutMitigation.parityFactor(1, e0, e1);
            assertEquals(z, mean, 1e-12);
        }
        assertEquals(1.0, ReadoutMitigation.parityFactor(0, 0, 0));
        assertEquals(-1.0, ReadoutMitigation.parityFactor(1, 0, 0));
    }

    @Test
    void seedStreamsAreReproducibleAndDistinct() {
        assertEquals(Seeds.stream(5, 1, 2, 0).nextLong(), Seeds.stream(5, 1, 2, 0).nextLong());
        long a = Seeds.stream(5, 1, 2, 0).nextLong();
        assertNotEquals(a, Seeds.stream(5, 1, 3, 0).nextLong());
        assertNotEquals(a, Seeds.stream(5, 2, 2, 0).nextLong());
        assertNotEquals(a, Seeds.stream(6, 1, 2, 0).nextLong());
        assertNotEquals(a, Seeds.stream(5, 1, 2, 1).nextLong());
    }
}
