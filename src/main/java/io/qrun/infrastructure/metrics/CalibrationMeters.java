package io.qrun.infrastructure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Tags;
import io.qrun.application.execution.CalibrationFinished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** The calibrations this node finished (committed), per backend. Sum over the nodes. */
@ApplicationScoped
public class CalibrationMeters {

    @Inject
    DeploymentMeters meters;

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalibrationFinished finished) {
        meters.counter("qrun.calibrations", Tags.of("backend", finished.backend())).ifPresent(Counter::increment);
    }
}
