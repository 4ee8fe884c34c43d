package io.qrun.engine.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QpuTimeModelTest {

    @Test
    void pubTimeIsShotsTimesRepDelayPlusDurationSummedOverParameterSets() {
        // 1000 x (250 us + 2 us) + 1000 x (250 us + 3 us) = 0.252 + 0.253 s
        assertEquals(0.505, QpuTimeModel.pubSeconds(1000, 250e-6, new double[] {2e-6, 3e-6}), 1e-15);
        assertEquals(4 * 4096 * (250e-6 + 1.5e-6), QpuTimeModel.pubSeconds(4096, 250e-6, 1.5e-6, 4), 1e-12);
        assertEquals(0, QpuTimeModel.pubSeconds(1000, 250e-6, new double[0]), 0);
    }

    @Test
    void jobTimeAddsTheOverheadAndScales() {
        QpuTimeModel model = new QpuTimeModel(2.0, 0.5);
        assertEquals((0.505 + 1.0 + 2.0) * 0.5, model.jobSeconds(0.505, 1.0), 1e-15);
        assertEquals(1.0, model.jobSeconds(), 1e-15);
        assertEquals(0, new QpuTimeModel(2.0, 0).jobSeconds(10), 0);
    }

    @Test
    void badNumbersAreRejected() {
        assertEquals("time scale must be a finite number >= 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> new QpuTimeModel(1, -1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new QpuTimeModel(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> QpuTimeModel.pubSeconds(-1, 0, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> QpuTimeModel.pubSeconds(1, 0, new double[] {-1}));
    }
}
