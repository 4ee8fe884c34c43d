package io.qrun.application.execution;

import java.time.Instant;

/**
 * A backend's calibration ended and its new properties are stored. Fired inside the scheduling
 * transaction; observers listen after the commit.
 */
public record CalibrationFinished(String backend, Instant end) {
}
