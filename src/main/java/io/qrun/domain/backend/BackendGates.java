package io.qrun.domain.backend;

import io.qrun.engine.circuit.StandardGate;
import java.util.Arrays;
import java.util.List;
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
