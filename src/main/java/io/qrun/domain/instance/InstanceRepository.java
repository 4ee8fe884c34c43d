package io.qrun.domain.instance;

import java.util.List;
import java.util.Optional;

/** Instances. Callers bring the transaction. Implemented with JPA in infrastructure.persistence. */
public interface InstanceRepository {

    Optional<Instance> find(String id);

    List<Instance> all();

    /** Every instance with a usage limit. */
    List<Instance> limited();

    /**
     * In one read, as values (the scheduler's transaction tracks no entities for them), the shares
     * of these instances and of every instance with a usage limit.
     */
    List<InstanceShare> sharesOfLimitedOr(java.util.Collection<String> ids);

    boolean exists(String id);

    Instance save(Instance instance);
}
