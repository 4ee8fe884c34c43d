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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * The current calibration, read from the row only when it changed: every submission and every
     * job's preprocessing reads the backend's calibration, and loading and parsing its JSON cost
     * more than the rest of a submission. The row's version (its last update and calibration id,
     * which every change of the JSON changes) is read each time, so a recalibration committed on
     * any node is seen at the next read; the cache only saves reading and parsing the same text again.
     */
    @Override
    public Optional<BackendCalibration> calibration(String backend) {
        if (backend == null) {
            return Optional.empty();
        }
        List<Object[]> version = em.createQuery("select s.lastUpdateDate, s.calibrationId from BackendState s"
                + " where s.backendName = :b", Object[].class).setParameter("b", backend).getResultList();
        if (version.isEmpty()) {
            return Optional.empty();
        }
        String key = versionOf(version.get(0)[0], version.get(0)[1]);
        ParsedCalibration cached = parsedByBackend.get(backend);
        if (cached != null && cached.version().equals(key)) {
            return Optional.of(cached.calibration());
        }
        BackendState state = find(backend).orElse(null);
        if (state == null) {
            return Optional.empty();
        }
        BackendCalibration read = CalibrationJson.read(state.getCalibrationJson());
        // keyed by the version of the text parsed (a copy loaded earlier in this transaction may be older)
        parsedByBackend.put(backend, new ParsedCalibration(versionOf(state.getLastUpdateDate(), state.calibrationId()), read));
        return Optional.of(read);
    }

    private static String versionOf(Object lastUpdate, Object calibrationId) {
        return lastUpdate + "/" + calibrationId;
    }

    private record ParsedCalibration(String version, BackendCalibration calibration) {
    }

    private final Map<String, ParsedCalibration> parsedByBackend = new ConcurrentHashMap<>();

    @Override
    public void storeCalibration(String backend, BackendCalibration calibration, String id) {
        BackendState state = find(backend).orElseThrow(() -> new IllegalStateException("No state row for backend " + backend));
        state.updateCalibration(CalibrationJson.write(calibration), calibration.lastUpdate(), id);
    }
}
