package io.qrun.engine.primitives;

import io.qrun.engine.sim.PauliString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Greedy qubit-wise commuting grouping of Pauli strings: terms that agree on every qubit both act
 * on are measured together, from the same shots, in one basis (as hardware estimators do). Each
 * group's basis is the union of its terms' Paulis.
 */
final class MeasurementGroups {

    /** One measurement setting: the basis on program qubits (as a Pauli string) and the terms it serves. */
    record Group(PauliString basis, List<PauliString> terms) {}

    private MeasurementGroups() {}

    /** Groups the distinct non-identity strings in {@code terms} (order of first appearance). */
    static List<Group> of(Iterable<PauliString> terms) {
        List<long[]> bases = new ArrayList<>(); // {x, z}
        List<List<PauliString>> members = new ArrayList<>();
        Map<PauliString, Boolean> seen = new LinkedHashMap<>();
        for (PauliString t : terms) {
            if (t.isIdentity() || seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            int target = -1;
            for (int g = 0; g < bases.size() && target < 0; g++) {
                long[] b = bases.get(g);
                long overlap = (b[0] | b[1]) & t.support();
                // qubit-wise commuting: on shared qubits the Paulis are equal
                if (((b[0] ^ t.xMask()) & overlap) == 0 && ((b[1] ^ t.zMask()) & overlap) == 0) {
                    target = g;
                }
            }
            if (target < 0) {
                bases.add(new long[] {t.xMask(), t.zMask()});
                members.add(new ArrayList<>());
                target = bases.size() - 1;
            } else {
                bases.get(target)[0] |= t.xMask();
                bases.get(target)[1] |= t.zMask();
            }
            members.get(target).add(t);
        }
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < bases.size(); g++) {
            groups.add(new Group(new PauliString(bases.get(g)[0], bases.get(g)[1]), List.copyOf(members.get(g))));
        }
        return groups;
    }
}
