package io.qrun.infrastructure.health;

import io.qrun.infrastructure.persistence.DatabaseProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers: every job, lease and deadline lives there. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    static final String NAME = "qrun-database";

    @Inject
    DatabaseProbe probe;

    @Override
    public HealthCheckResponse call() {
        try {
            probe.ping();
            return HealthCheckResponse.named(NAME).up().build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", String.valueOf(rootCause(e))).build();
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
