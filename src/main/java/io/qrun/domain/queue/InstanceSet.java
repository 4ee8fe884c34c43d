package io.qrun.domain.queue;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of instances named either by its members or by the instances it leaves out. The
 * fair-share queue needs the second form for the instances that have used nothing in the window:
 * they are every instance but the few with usage or at their limit, including instances the
 * database no longer knows, so they cannot be listed.
 */
public record InstanceSet(Set<String> ids, boolean allBut) {

    public InstanceSet {
        ids = Set.copyOf(ids);
    }

    public static InstanceSet of(Collection<String> ids) {
        return new InstanceSet(Set.copyOf(ids), false);
    }

    public static InstanceSet allBut(Collection<String> ids) {
        return new InstanceSet(Set.copyOf(ids), true);
    }

    public boolean contains(String instanceId) {
        return allBut != ids.contains(instanceId);
    }

    /** True when no instance can be in it (an empty list of members). */
    public boolean isEmpty() {
        return !allBut && ids.isEmpty();
    }

    public InstanceSet union(InstanceSet other) {
        Set<String> s = new HashSet<>(ids);
        if (!allBut && !other.allBut) {
            s.addAll(other.ids);
            return new InstanceSet(s, false);
        }
        if (allBut && other.allBut) {
            s.retainAll(other.ids);
            return new InstanceSet(s, true);
        }
        InstanceSet excluding = allBut ? this : other;
        InstanceSet members = allBut ? other : this;
        s = new HashSet<>(excluding.ids);
        s.removeAll(members.ids);
        return new InstanceSet(s, true);
    }

    public InstanceSet minus(Collection<String> left) {
        Set<String> s = new HashSet<>(ids);
        if (allBut) {
            s.addAll(left);
        } else {
            s.removeAll(left);
        }
        return new InstanceSet(s, allBut);
    }
}
