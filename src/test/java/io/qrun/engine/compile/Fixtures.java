package io.qrun.engine.compile;

import io.qrun.engine.target.Calibration;
import io.qrun.engine.target.GateProperties;
import io.qrun.engine.target.QubitProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A 5-qubit calibration with distinct numbers per qubit, so a wrong lookup shows. */
final class Fixtures {

    private Fixtures() {}

    /**
     * Qubit i: T1 = (100 + i) us, T2 = 80 us (qubit 2: 250 us, above 2 T1), prob_meas1_prep0 =
     * 0.01 (i + 1), prob_meas0_prep1 = 0.02 (i + 1), readout 1.2 us (qubit 4: 1.5 us). sx and x:
     * error 2e-4 (qubit 3: 3e-4), 35.5 ns; rz: error 0, length 0; ecr (3, 4): 7e-3, 660 ns;
     * ecr (4, 3): 9e-3, 700 ns; ecr (0, 1): 8e-3, 600 ns. rep delay 250 us.
     */
    static Calibration calibration() {
        List<QubitProperties> qubits = new ArrayList<>();
        List<GateProperties> gates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            qubits.add(new QubitProperties((100 + i) * 1e-6, i == 2 ? 250e-6 : 80e-6, 0.01 * (i + 1), 0.02 * (i + 1),
                    i == 4 ? 1.5e-6 : 1.2e-6));
            double e = i == 3 ? 3e-4 : 2e-4;
            gates.add(new GateProperties("sx", new int[] {i}, e, 35.5e-9));
            gates.add(new GateProperties("x", new int[] {i}, e, 35.5e-9));
            gates.add(new GateProperties("rz", new int[] {i}, 0, 0));
        }
        gates.add(new GateProperties("ecr", new int[] {3, 4}, 7e-3, 660e-9));
        gates.add(new GateProperties("ecr", new int[] {4, 3}, 9e-3, 700e-9));
        gates.add(new GateProperties("ecr", new int[] {0, 1}, 8e-3, 600e-9));
        return new Calibration(qubits, gates, 250e-6, Instant.parse("2026-11-27T12:00:00Z"));
    }
}
