package io.qrun.engine.compile;

import java.util.HashMap;
import java.util.Map;

/**
 * An as-soon-as-possible schedule of one shot, per circuit qubit, to model its duration on the QPU:
 * an instruction starts when all its qubits are free (and, inside an if/else, when the condition's
 * bits have been measured) and occupies them for its length. A barrier aligns its qubits. The
 * duration is when the last qubit becomes free.
 */
final class DurationSchedule {

    private Map<Integer, Double> qubitFree = new HashMap<>();
    private final Map<Integer, Double> clbitReady = new HashMap<>();
    private double floor;

    /** Schedules an instruction of {@code seconds} on {@code qubits}; returns its end time. */
    double occupy(int[] qubits, double seconds) {
        double start = floor;
        for (int q : qubits) {
            start = Math.max(start, qubitFree.getOrDefault(q, 0.0));
        }
        double end = start + seconds;
        for (int q : qubits) {
            qubitFree.put(q, end);
        }
        return end;
    }

    void measure(int qubit, int clbit, double seconds) {
        clbitReady.put(clbit, occupy(new int[] {qubit}, seconds));
    }

    /** Delays are per qubit: each idles for {@code seconds} from when it is free. */
    void delay(int[] qubits, double seconds) {
        for (int q : qubits) {
            occupy(new int[] {q}, seconds);
        }
    }

    void barrier(int[] qubits) {
        occupy(qubits, 0);
    }

    /**
     * Schedules both branches of an if/else from the same state, each no earlier than the
     * condition's bits are ready, and keeps for each qubit the later of the two.
     */
    void branch(int[] conditionBits, Runnable thenBranch, Runnable elseBranch) {
        double savedFloor = floor;
        for (int c : conditionBits) {
            floor = Math.max(floor, clbitReady.getOrDefault(c, 0.0));
        }
        Map<Integer, Double> before = new HashMap<>(qubitFree);
        thenBranch.run();
        Map<Integer, Double> afterThen = qubitFree;
        qubitFree = new HashMap<>(before);
        elseBranch.run();
        afterThen.forEach((q, t) -> qubitFree.merge(q, t, Math::max));
        floor = savedFloor;
    }

    double duration() {
        return qubitFree.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
