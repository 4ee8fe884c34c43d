package io.qrun.domain.backend;

import java.time.Instant;
import java.util.Optional;

/**
 * The persisted state of each configured backend: paused or not, and its current calibration.
 * Callers bring the transaction. Implemented with JPA in infrastructure.persistence.
 */
public interface BackendStateRepository {

    Optional<BackendState> find(String backend);

    /** The state row, locked until the transaction ends. */
    Optional<BackendState> findForUpdate(String backend);

    /** Creates the state row of a backend seen for the first time, with its configured calibration dated {@code now}. */
    BackendState create(Backend backend, Instant now);

    /** The backend's current calibration, when one was stored. */
    Optional<BackendCalibration> calibration(String backend);

    /** Stores a new calibration, recorded in the history under {@code id}, as the backend's current one. */
    void storeCalibration(String backend, BackendCalibration calibration, String id);
}
