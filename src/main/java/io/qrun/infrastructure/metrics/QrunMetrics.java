package io.qrun.infrastructure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.qrun.application.backends.BackendRegistry;
import io.qrun.application.jobs.JobStatusChanged;
import io.qrun.domain.job.JobStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Qrun's meters in WildFly's Micrometer registry (served in Prometheus format at the management
 * interface's /prometheus by configure-observability.cli). Gauges read the database through
 * {@link MetricsSnapshot}, so every node reports the shared truth; the timers and counters count
 * what this node did. Without the micrometer subsystem (an operator's server that lacks it) Qrun
 * runs without meters.
 */
@ApplicationScoped
public class QrunMetrics {

    private static final Logger LOG = Logger.getLogger(QrunMetrics.class.getName());

    @Inject
    Instance<MeterRegistry> registries;

    @Inject
    BackendRegistry backends;

    @Inject
    MetricsSnapshot snapshot;

    private volatile MeterRegistry registry;

    void start(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        if (!registries.isResolvable()) {
            LOG.info("No Micrometer registry (micrometer subsystem not configured): Qrun's metrics are off");
            return;
        }
        MeterRegistry r = registries.get();
        for (String name : backends.names()) {
            Gauge.builder("qrun.queue.length", snapshot, s -> s.current().queued(name))
                    .description("Jobs queued on the backend").tag("backend", name).register(r);
            Gauge.builder("qrun.qpu.utilization", snapshot, s -> s.current().utilization(name))
                    .description("Fraction of the last " + MetricsSnapshot.WINDOW.toMinutes()
                            + " minutes the backend's QPU was held").tag("backend", name).register(r);
            Gauge.builder("qrun.qpu.idle", snapshot, s -> s.current().idleSeconds(name))
                    .description("Seconds of the last " + MetricsSnapshot.WINDOW.toMinutes()
                            + " minutes the backend's QPU was not held").tag("backend", name).baseUnit("seconds")
                    .register(r);
        }
        for (JobStatus status : JobStatus.values()) {
            Gauge.builder("qrun.jobs", snapshot, s -> s.current().jobs(status))
                    .description("Jobs in each status (all instances)").tag("status", status.label())
                    .tag("mode", "job").register(r);
        }
        registry = r;
        LOG.info("Qrun metrics registered (qrun_* in the Prometheus endpoint)");
    }

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobStatusChanged change) {
        MeterRegistry r = registry;
        if (r == null) {
            return;
        }
        if (change.to() == JobStatus.RUNNING && change.created() != null) {
            timer(r, "qrun.job.queue.wait", "Time from submission to start", change.backend())
                    .record(Duration.between(change.created(), change.at()));
        }
        if (change.to().isFinal()) {
            Counter.builder("qrun.jobs.finished").description("Jobs that reached a final status on this node")
                    .tag("backend", change.backend()).tag("status", change.to().label()).register(r).increment();
            if (change.running() != null) {
                timer(r, "qrun.job.run", "Time from start to the final status", change.backend())
                        .record(Duration.between(change.running(), change.at()));
            }
        }
    }

    private static Timer timer(MeterRegistry r, String name, String description, String backend) {
        return Timer.builder(name).description(description).tag("backend", backend).publishPercentileHistogram()
                .register(r);
    }
}
