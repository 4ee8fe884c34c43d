package io.qrun.engine.compile;

import io.qrun.engine.target.Calibration;
import io.qrun.engine.target.GateProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A calibration's gate entries indexed by (gate, qubits), built once per compiler: a 127-qubit
 * backend lists hundreds of entries and the compiler looks one up per gate.
 */
final class CalibrationIndex {

    /** Used when a gate has no calibrated length. */
    static final double DEFAULT_1Q_LENGTH = GateProperties.DEFAULT_ONE_QUBIT_LENGTH_SECONDS;
    static final double DEFAULT_2Q_LENGTH = GateProperties.DEFAULT_MULTI_QUBIT_LENGTH_SECONDS;
    static final double DEFAULT_READOUT_LENGTH = 1e-6;

    private final Calibration calibration;
    private final Map<Key, GateProperties> gates = new HashMap<>();

    private record Key(String gate, List<Integer> qubits) {}

    CalibrationIndex(Calibration calibration) {
        this.calibration = calibration;
        if (calibration != null) {
            for (GateProperties g : calibration.gates()) {
                gates.putIfAbsent(key(g.gate(), g.qubits()), g);
            }
        }
    }

    Optional<GateProperties> gate(String name, int[] physicalQubits) {
        return Optional.ofNullable(gates.get(key(name, physicalQubits)));
    }

    /** The calibrated length, else 50 ns for one qubit, 500 ns for more, 0 for none (gphase). */
    double gateLength(String name, int[] physicalQubits) {
        GateProperties g = gates.get(key(name, physicalQubits));
        if (g != null) {
            return g.lengthSeconds();
        }
        if (physicalQubits.length == 0) {
            return 0;
        }
        return physicalQubits.length == 1 ? DEFAULT_1Q_LENGTH : DEFAULT_2Q_LENGTH;
    }

    /** The qubit's readout length, else 1 us. */
    double readoutLength(int physicalQubit) {
        if (calibration == null) {
            return DEFAULT_READOUT_LENGTH;
        }
        return calibration.qubit(physicalQubit).map(q -> q.readoutLengthSeconds()).orElse(DEFAULT_READOUT_LENGTH);
    }

    private static Key key(String gate, int[] qubits) {
        return new Key(gate, java.util.Arrays.stream(qubits).boxed().toList());
    }
}
