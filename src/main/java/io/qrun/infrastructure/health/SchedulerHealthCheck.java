package io.qrun.infrastructure.health;

import io.qrun.application.backends.BackendRegistry;
import io.qrun.application.jobs.JobSettings;
import io.qrun.domain.backend.Backend;
import io.qrun.scheduling.SchedulerPulse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while every backend's scheduler works on this node: its latest pass succeeded and
 * came within three clock ticks (at least {@link #MIN_SILENCE}). The clock runs a pass on every
 * backend each tick, paused backends included, so silence means the clock or the scheduler is
 * stuck. The data names each backend's state, so an operator sees which one.
 */
@Readiness
@ApplicationScoped
public class SchedulerHealthCheck implements HealthCheck {

    static final String NAME = "qrun-scheduler";
    static final Duration MIN_SILENCE = Duration.ofSeconds(10);

    @Inject
    BackendRegistry backends;

    @Inject
    SchedulerPulse pulse;

    @Inject
    JobSettings settings;

    @Override
    public HealthCheckResponse call() {
        Instant now = Instant.now();
        Duration allowed = Duration.ofMillis(3 * settings.schedulerTickMillis());
        if (allowed.compareTo(MIN_SILENCE) < 0) {
            allowed = MIN_SILENCE;
        }
        HealthCheckResponseBuilder r = HealthCheckResponse.named(NAME).up();
        for (Backend b : backends.allConfigured()) {
            String state = state(b.name(), now, allowed);
            r.withData(b.name(), state);
            if (!state.equals("ok")) {
                r.down();
            }
        }
        return r.build();
    }

    private String state(String backend, Instant now, Duration allowed) {
        var beat = pulse.last(backend);
        if (beat.isPresent() && beat.get().failure() != null) {
            return "last pass failed at " + beat.get().at() + ": " + beat.get().failure();
        }
        Instant since = beat.map(SchedulerPulse.Beat::at).orElse(pulse.started());
        long silent = Duration.between(since, now).toSeconds();
        if (Duration.between(since, now).compareTo(allowed) > 0) {
            return "no scheduling pass for " + silent + " s (allowed " + allowed.toSeconds() + " s)";
        }
        return "ok";
    }
}
