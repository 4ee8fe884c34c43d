package io.qrun.domain.instance;

import java.util.List;
import java.util.Optional;

/** Instances. Callers bring the transaction. Implemented with JPA in infrastructure.persistence. */
public interface InstanceRepository {

    Optional<Instance> find(String id);

    List<Instance> all();

    boolean exists(String id);

    Instance save(Instance instance);
}
