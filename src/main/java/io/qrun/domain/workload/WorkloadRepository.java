package io.qrun.domain.workload;

import java.util.List;
import java.util.Optional;

/** Sessions and batches and their state history. Callers bring the transaction. Implemented with JPA in infrastructure.persistence. */
public interface WorkloadRepository {

    Optional<Workload> find(String id);

    /** The workload, locked against concurrent changes until the transaction ends. */
    Optional<Workload> findForUpdate(String id);

    void add(Workload workload);

    void addEvent(WorkloadEvent event);

    List<WorkloadEvent> events(String workloadId);

    /** The backend's workloads in {@code state}, oldest activation first. */
    List<Workload> inState(String backend, WorkloadState state);

    /** Workloads of an instance in {@code state}, on every backend. */
    List<Workload> ofInstance(String instanceId, WorkloadState state);

    /** How many workloads each backend has in each mode and state (one grouped query; absent means none). */
    List<StateCount> countByState();

    record StateCount(String backend, WorkloadMode mode, WorkloadState state, long count) {
    }

    /** Every workload that is not closed and has a deadline (for re-arming the timers). */
    List<Workload> withDeadlines();

    /** One page of GET /sessions; {@code instanceId} null means every instance. */
    List<Workload> search(String instanceId, WorkloadFilter filter);

    long count(String instanceId, WorkloadFilter filter);

    /** The filters of GET /sessions; null fields do not filter. */
    record WorkloadFilter(WorkloadState state, WorkloadMode mode, String backend, int offset, int limit) {
    }
}
