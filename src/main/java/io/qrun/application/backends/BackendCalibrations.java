package io.qrun.application.backends;

import io.qrun.application.ErrorCode;
import io.qrun.application.QrunException;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.backend.BackendCalibration;
import io.qrun.domain.backend.BackendState;
import io.qrun.domain.backend.BackendStateRepository;
import io.qrun.domain.backend.CalibrationHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calibrations by id (docs/backends.md, "Calibrations"): the current one of each backend is the
 * newest entry of its history; {@code GET /backends/{name}/properties?calibration_id=} and
 * {@code ?updated_before=} read older ones, and a job that names a {@code calibration_id} runs with
 * that calibration (as the Qiskit client's {@code service.backend(name, calibration_id=...)}
 * expects), whatever calibrations came since. The history keeps the newest
 * {@code qrun.backends.calibrations-kept} per backend and every one an unfinished job names.
 */
@ApplicationScoped
public class BackendCalibrations {

    private static final Logger LOG = Logger.getLogger(BackendCalibrations.class.getName());

    @Inject
    CalibrationHistory history;

    @Inject
    BackendStateRepository states;

    @Inject
    @ConfigProperty(name = "qrun.backends.calibrations-kept", defaultValue = "1000")
    Provider<Integer> kept;

    /**
     * Gives the backend's current calibration its history entry when it has none yet (a backend
     * seen for the first time, or a database older than the history). The state row is locked, so
     * two nodes starting at once record it once.
     */
    @Transactional
    public void identifyCurrent(String backend) {
        BackendState state = states.findForUpdate(backend)
                .orElseThrow(() -> new IllegalStateException("No state row for backend " + backend));
        if (state.calibrationId() == null) {
            BackendCalibration current = states.calibration(backend)
                    .orElseThrow(() -> new IllegalStateException("No calibration stored for backend " + backend));
            state.identifyCalibration(history.record(backend, current));
        }
    }

    /** Makes {@code calibration} the backend's current one (the end of a calibration job); returns its id. */
    @Transactional
    public String replace(String backend, BackendCalibration calibration) {
        String id = history.record(backend, calibration);
        states.storeCalibration(backend, calibration, id);
        int removed = history.prune(backend, kept.get());
        if (removed > 0) {
            LOG.fine(() -> removed + " old calibrations of " + backend + " removed from the history");
        }
        return id;
    }

    /** The id of the backend's current calibration. */
    public String currentId(String backend) {
        return states.find(backend).map(BackendState::calibrationId)
                .orElseThrow(() -> new IllegalStateException("No state row for backend " + backend));
    }

    /** The backend with the calibration of that id; {@code calibration_not_found} when it names none of the backend's. */
    public Backend withCalibration(Backend backend, String id) {
        BackendCalibration c = history.find(backend.name(), id).orElseThrow(() -> notFound(backend.name(), id));
        return backend.withCalibration(c);
    }

    /** {@link #withCalibration}, when that calibration was taken at or before {@code at}; else {@code calibration_not_found}. */
    public Backend withCalibrationTakenBy(Backend backend, String id, Instant at) {
        Backend calibrated = withCalibration(backend, id);
        Instant taken = calibrated.calibration().lastUpdate().truncatedTo(ChronoUnit.MILLIS);
        if (taken.isAfter(at)) {
            throw new QrunException(ErrorCode.CALIBRATION_NOT_FOUND, "Calibration " + id + " of backend " + backend.name()
                    + " was taken at " + taken + ", after updated_before " + at
                    + ": give a later updated_before, or leave it out for that calibration.");
        }
        return calibrated;
    }

    /** The id of the backend's newest calibration taken at or before {@code at}; {@code calibration_not_found} when none was. */
    public String idAt(Backend backend, Instant at) {
        return history.idAt(backend.name(), at).orElseThrow(() -> new QrunException(ErrorCode.CALIBRATION_NOT_FOUND,
                "Backend " + backend.name() + " had no calibration at or before " + at
                        + " (updated_before): give a later time, or leave updated_before out for the current calibration."));
    }

    static QrunException notFound(String backend, String id) {
        return new QrunException(ErrorCode.CALIBRATION_NOT_FOUND, "Calibration " + id + " is not a calibration of backend "
                + backend + " (calibration_id): GET /api/v1/backends/" + backend + "/properties shows the current"
                + " calibration_id; leave calibration_id out to use the current calibration.");
    }
}
