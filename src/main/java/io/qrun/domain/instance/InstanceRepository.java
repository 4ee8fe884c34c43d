package io.qrun.domain.instance;

import java.util.List;
import java.util.Optional;

/** Instances. Callers bring the transaction. Implemented with JPA in infrastructure.persistence. */
public interface InstanceRepository {

    Optional<Instance> find(String id);

    List<Instance> all();

    /** The instances with these ids, and every instance with a usage limit: what fair share needs to know. */
    List<Instance> withIdsOrLimited(java.util.Collection<String> ids);

    boolean exists(String id);

    Instance save(Instance instance);
}
