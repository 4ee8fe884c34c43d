package io.qrun.domain.queue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The instances in fair-share order, as groups of equal usage per share, least first, and the
 * instances at their usage limit apart. Within a group the instance whose oldest queued job
 * waited longest goes first (then the smaller instance id, which a job's (created, id) order
 * already settles, since two instances never share a job): that part needs the queue, so it is
 * left to {@link FairShareQueue}. The first group is always the instances that used nothing:
 * every instance but the ones listed with usage or a reached limit ({@link FairSharePicker}
 * treats an instance it has no standing for as having used nothing with share 1).
 */
public final class FairShareGroups {

    private final List<InstanceSet> eligible;
    private final InstanceSet limited;

    private FairShareGroups(List<InstanceSet> eligible, InstanceSet limited) {
        this.eligible = List.copyOf(eligible);
        this.limited = limited;
    }

    public static FairShareGroups of(Map<String, InstanceStanding> standings) {
        Set<String> limited = new HashSet<>();
        Set<String> notIdle = new HashSet<>();
        TreeMap<Double, Set<String>> byUsage = new TreeMap<>();
        for (InstanceStanding s : standings.values()) {
            if (s.limitReached()) {
                limited.add(s.instanceId());
                notIdle.add(s.instanceId());
            } else if (s.usagePerShare() != 0.0) {
                notIdle.add(s.instanceId());
                byUsage.computeIfAbsent(s.usagePerShare(), k -> new HashSet<>()).add(s.instanceId());
            }
        }
        List<InstanceSet> groups = new ArrayList<>();
        groups.add(InstanceSet.allBut(notIdle));
        byUsage.values().forEach(ids -> groups.add(InstanceSet.of(ids)));
        return new FairShareGroups(groups, InstanceSet.of(limited));
    }

    /** The groups of instances not at their limit, least usage per share first. */
    public List<InstanceSet> eligible() {
        return eligible;
    }

    /** The instances at their usage limit: their jobs wait, oldest first, after every other. */
    public InstanceSet limited() {
        return limited;
    }

    /** Every instance not at its limit. */
    public InstanceSet notLimited() {
        return InstanceSet.allBut(limited.ids());
    }

    /** The index of the instance's group in {@link #eligible()}; -1 for an instance at its limit. */
    public int groupOf(String instanceId) {
        for (int i = 0; i < eligible.size(); i++) {
            if (eligible.get(i).contains(instanceId)) {
                return i;
            }
        }
        return -1;
    }
}
