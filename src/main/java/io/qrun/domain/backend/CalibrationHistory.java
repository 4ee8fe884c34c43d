package io.qrun.domain.backend;

import java.time.Instant;
import java.util.Optional;

/**
 * Every calibration each backend had, by id. Callers bring the transaction. Implemented with JPA
 * in infrastructure.persistence.
 */
public interface CalibrationHistory {

    /** Records a calibration of the backend (dated by its last update) and returns its new id. */
    String record(String backend, BackendCalibration calibration);

    /** The backend's calibration with that id; empty when the id names none of this backend's. */
    Optional<BackendCalibration> find(String backend, String id);

    /** The id of the backend's newest calibration taken at or before {@code at}. */
    Optional<String> idAt(String backend, Instant at);

    /**
     * Removes all but the backend's newest {@code keep} calibrations, sparing the ones that jobs
     * not yet ended name; returns how many were removed. {@code keep} 0 keeps every one.
     */
    int prune(String backend, int keep);
}
