package io.qrun.infrastructure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import java.util.logging.Logger;

/**
 * Qrun's access to the MeterRegistry that WildFly's micrometer subsystem gives the deployment
 * (served in Prometheus format at the management interface's /prometheus, see
 * configure-observability.cli), or nothing when the server has no micrometer subsystem.
 *
 * <p>Meters are registered only through the registry's {@code counter}, {@code timer} and
 * {@code gauge} methods: WildFly 39.0.1 injects a per-deployment registry that passes exactly
 * those on to the server's registries (adding the tag {@code WF_DEPLOYMENT}), while a meter
 * registered with a builder ({@code Counter.builder(..).register(registry)}) stays inside the
 * deployment's registry and never reaches the endpoint (WFLY-21339, fixed in WildFly 40; the
 * distribution settings of a built timer are passed on from WildFly 41). Hence no descriptions
 * and no histogram buckets from timers: they show count, sum and max, and LatencyBuckets publishes
 * the buckets as counters.
 *
 * <p>The server's registries outlive the deployment, so every meter of it is removed at undeploy;
 * a redeployed Qrun registers its meters afresh (counters start again from zero).
 */
@ApplicationScoped
public class DeploymentMeters {

    private static final Logger LOG = Logger.getLogger(DeploymentMeters.class.getName());

    @Inject
    Instance<MeterRegistry> registries;

    private MeterRegistry registry;

    @PostConstruct
    void resolve() {
        if (registries.isResolvable()) {
            registry = registries.get();
        } else {
            LOG.info("No MeterRegistry (the server has no micrometer subsystem): Qrun's meters are off");
        }
    }

    /** Meters on a given registry (the unit tests' SimpleMeterRegistry). */
    static DeploymentMeters on(MeterRegistry registry) {
        DeploymentMeters m = new DeploymentMeters();
        m.registry = registry;
        return m;
    }

    /** Whether meters go anywhere. */
    public boolean enabled() {
        return registry != null;
    }

    public Optional<Counter> counter(String name, Tags tags) {
        return Optional.ofNullable(registry).map(r -> counters.computeIfAbsent(new MeterKey(name, tags),
                k -> r.counter(name, tags)));
    }

    public Optional<Timer> timer(String name, Tags tags) {
        return Optional.ofNullable(registry).map(r -> timers.computeIfAbsent(new MeterKey(name, tags),
                k -> r.timer(name, tags)));
    }

    /**
     * Meters already registered, by name and tags: every job status change updates several, and
     * asking the registry again each time (it builds an id and passes the call on to the server's
     * registries) was a visible share of a job's CPU time under load.
     */
    private record MeterKey(String name, Tags tags) {
    }

    private final Map<MeterKey, Counter> counters = new ConcurrentHashMap<>();
    private final Map<MeterKey, Timer> timers = new ConcurrentHashMap<>();

    /**
     * A gauge of {@code state}. The registry holds {@code state} weakly: the caller keeps it
     * referenced for as long as the gauge should report.
     */
    public <T> void gauge(String name, Tags tags, T state, ToDoubleFunction<T> value) {
        if (registry != null) {
            registry.gauge(name, tags, state, value);
        }
    }

    @PreDestroy
    void removeAll() {
        if (registry != null) {
            // the deployment's registry removes only this deployment's meters
            registry.clear();
            counters.clear();
            timers.clear();
        }
    }
}
