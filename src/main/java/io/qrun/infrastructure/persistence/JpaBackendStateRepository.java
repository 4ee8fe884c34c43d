package io.qrun.infrastructure.persistence;

import io.qrun.domain.backend.Backend;
import io.qrun.domain.backend.BackendCalibration;
import io.qrun.domain.backend.BackendState;
import io.qrun.domain.backend.BackendStateRepository;
import io.qrun.infrastructure.backends.CalibrationJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Backend state rows of the {@code qrun} unit; calibrations are stored as the JSON of CalibrationJson. */
@ApplicationScoped
public class JpaBackendStateRepository implements BackendStateRepository {

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    @Override
    public Optional<BackendState> find(String backend) {
        return backend == null ? Optional.empty() : Optional.ofNullable(em.find(BackendState.class, backend));
    }

    @Override
    public Optional<BackendState> findForUpdate(String backend) {
        return backend == null ? Optional.empty()
                : Optional.ofNullable(Locking.forUpdate(em, BackendState.class, backend));
    }

    @Override
    public BackendState create(Backend backend, Instant now) {
        BackendState state = new BackendState(backend.name(),
                CalibrationJson.write(backend.calibration().withLastUpdate(now)), now);
        if (backend.calibrationIntervalSeconds() > 0 && !backend.simulator()) {
            state.scheduleCalibration(now.plusMillis((long) (backend.calibrationIntervalSeconds() * 1000)));
        }
        em.persist(state);
        return state;
    }

    @Override
    public Optional<BackendCalibration> calibration(String backend) {
        return find(backend).map(BackendState::getCalibrationJson).map(CalibrationJson::read);
    }

    @Override
    public void storeCalibration(String backend, BackendCalibration calibration, String id) {
        BackendState state = find(backend).orElseThrow(() -> new IllegalStateException("No state row for backend " + backend));
        state.updateCalibration(CalibrationJson.write(calibration), calibration.lastUpdate(), id);
    }
}
