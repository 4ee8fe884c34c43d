package io.qrun.domain.backend;

import io.qrun.engine.circuit.StandardGate;
import io.qrun.engine.circuit.StandardGateDefinitions;
import io.qrun.engine.target.GateProperties;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a backend's gates are, as its configuration shows them: the gate names it runs, their
 * parameter names (Qiskit's) and how many qubits each acts on, from the engine's gate library.
 */
public final class BackendGates {

    /** Built-ins and aliases that a permissive backend accepts but does not list as its own gates. */
    private static final List<String> NOT_LISTED = List.of("U", "gphase", "CX");

    private BackendGates() {
    }

    /** The gates a backend runs: its basis gates, or every standard gate when it is permissive without a list. */
    public static List<String> basisGates(Backend b) {
        if (!b.basisGates().isEmpty()) {
            return b.basisGates();
        }
        return Arrays.stream(StandardGate.values()).map(StandardGate::qasmName)
                .filter(n -> !NOT_LISTED.contains(n)).collect(Collectors.toList());
    }

    /** Qubits the named gate acts on; 0 when the engine does not know the name. */
    public static int arity(String gate) {
        return StandardGate.byName(gate).map(StandardGate::numQubits).orElse(0);
    }

    /** Qiskit's parameter names of the named gate; none when the engine does not know the name. */
    public static List<String> parameterNames(String gate) {
        Optional<StandardGate> g = StandardGate.byName(gate);
        return g.map(BackendGates::parameterNames).orElse(List.of());
    }

    /** The gate's OpenQASM 3 definition (the configuration's {@code qasm_def}); none for a name the engine does not know. */
    public static Optional<String> qasmDefinition(String gate) {
        return StandardGateDefinitions.of(gate);
    }

    /**
     * The gate entries the backend's properties show: every calibrated entry, and for each basis
     * gate every qubit (one-qubit gates) or every coupled pair (two-qubit gates) that the
     * calibration leaves out, with what the engine simulates there: error 0 and the engine's
     * default length. Qiskit builds its Target from these entries, so a basis gate without them on
     * a coupled pair would look unusable (or ideal) there. On an all-to-all backend two-qubit gates
     * have no pairs to list and stay global in the Target, as the configuration shows them.
     */
    public static List<GateProperties> reportedGates(Backend b) {
        List<GateProperties> all = new ArrayList<>(b.calibration().gates());
        Set<String> present = new HashSet<>();
        for (GateProperties g : all) {
            present.add(key(g.gate(), g.qubits()));
        }
        for (String gate : basisGates(b)) {
            int arity = arity(gate);
            List<int[]> on = new ArrayList<>();
            if (arity == 1) {
                for (int q = 0; q < b.numQubits(); q++) {
                    on.add(new int[] {q});
                }
            } else if (arity == 2) {
                on.addAll(b.couplingMap());
            }
            for (int[] qubits : on) {
                if (present.add(key(gate, qubits))) {
                    all.add(new GateProperties(gate, qubits, 0.0, arity == 1
                            ? GateProperties.DEFAULT_ONE_QUBIT_LENGTH_SECONDS : GateProperties.DEFAULT_MULTI_QUBIT_LENGTH_SECONDS));
                }
            }
        }
        return all;
    }

    private static String key(String gate, int[] qubits) {
        return gate + Arrays.toString(qubits);
    }

    static List<String> parameterNames(StandardGate g) {
        switch (g.numParameters()) {
            case 0:
                return List.of();
            case 1:
                return List.of("theta");
            case 2:
                if (g == StandardGate.U2) {
                    return List.of("phi", "lambda");
                }
                return List.of("theta", g == StandardGate.R ? "phi" : "beta");
            case 3:
                return List.of("theta", "phi", "lambda");
            default:
                return List.of("theta", "phi", "lambda", "gamma");
        }
    }
}
