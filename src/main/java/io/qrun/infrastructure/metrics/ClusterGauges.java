package io.qrun.infrastructure.metrics;

import io.micrometer.core.instrument.Tags;
import io.qrun.application.backends.BackendRegistry;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.timeline.IntervalKind;
import io.qrun.domain.workload.WorkloadMode;
import io.qrun.domain.workload.WorkloadState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The gauges, one set per configured backend, registered when the deployment starts. They read
 * {@link ClusterSnapshots} (the database), so every node reports the same cluster-wide values.
 */
@ApplicationScoped
public class ClusterGauges {

    @Inject
    DeploymentMeters meters;

    @Inject
    BackendRegistry backends;

    /** Referenced here for as long as the deployment runs: the registry holds a gauge's state weakly. */
    @Inject
    ClusterSnapshots snapshots;

    void register(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        if (!meters.enabled()) {
            return;
        }
        for (Backend b : backends.allConfigured()) {
            String name = b.name();
            Tags backend = Tags.of("backend", name);
            meters.gauge("qrun.queue.length", backend, snapshots, s -> s.current().queued(name));
            if (b.simulator()) {
                continue; // no QPU lease, no timeline, no workloads
            }
            for (IntervalKind kind : IntervalKind.values()) {
                meters.gauge("qrun.qpu.held.seconds", backend.and("kind", kind.label()), snapshots,
                        s -> s.current().heldSeconds(name, kind));
            }
            meters.gauge("qrun.qpu.idle.seconds", backend, snapshots, s -> s.current().idleSeconds(name));
            meters.gauge("qrun.qpu.utilization", backend, snapshots, s -> s.current().utilization(name));
            for (WorkloadMode mode : WorkloadMode.values()) {
                for (WorkloadState state : WorkloadState.values()) {
                    meters.gauge("qrun.workloads", backend.and("mode", mode.label(), "state", state.label()), snapshots,
                            s -> s.current().workloads(name, mode, state));
                }
            }
        }
    }
}
