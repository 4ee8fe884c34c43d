package io.qrun.application.backends;

import io.qrun.domain.backend.Backend;
import io.qrun.domain.backend.BackendCalibration;
import io.qrun.domain.backend.BackendState;
import io.qrun.infrastructure.backends.BackendConfigLoader;
import io.qrun.infrastructure.backends.CalibrationJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The configured backends (from qrun-backends.json) and their persisted state: paused or not, and
 * the current calibration. The configuration is read once (at startup, by BackendStartup); the
 * state lives in the backend_state table, which is the source of truth across restarts (and
 * across nodes), so every state query reads the database.
 */
@ApplicationScoped
public class BackendRegistry {

    private static final Logger LOG = Logger.getLogger(BackendRegistry.class.getName());

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    @Inject
    BackendConfigLoader loader;

    private volatile Map<String, Backend> configured;

    /** Loads the configuration (when not yet loaded) and creates a state row for each new backend. Idempotent. */
    @Transactional
    public void initialize() {
        for (Backend b : backends().values()) {
            if (em.find(BackendState.class, b.name()) == null) {
                em.persist(newState(b));
                LOG.info(() -> "Backend " + b.name() + " registered (" + b.numQubits() + " qubits)");
            }
        }
    }

    /** The backend with its current calibration, if configured. */
    public Optional<Backend> find(String name) {
        Backend b = backends().get(name);
        if (b == null) {
            return Optional.empty();
        }
        return Optional.of(withCurrentCalibration(b));
    }

    /** Every configured backend, in the order of the configuration file, with current calibrations. */
    public List<Backend> all() {
        return backends().values().stream().map(this::withCurrentCalibration).toList();
    }

    public boolean isPaused(String name) {
        BackendState s = name == null ? null : em.find(BackendState.class, name);
        return s != null && s.isPaused();
    }

    /** The operator's reason for the pause, when paused. */
    public Optional<String> pauseReason(String name) {
        BackendState s = name == null ? null : em.find(BackendState.class, name);
        return s == null || !s.isPaused() ? Optional.empty() : Optional.ofNullable(s.getPauseReason());
    }

    /** Pauses a backend: the scheduler starts no new job on it until resumed. */
    @Transactional
    public void pause(String name, String reason) {
        state(name).pause(reason);
        LOG.info(() -> "Backend " + name + " paused" + (reason == null ? "" : ": " + reason));
    }

    @Transactional
    public void resume(String name) {
        state(name).resume();
        LOG.info(() -> "Backend " + name + " resumed");
    }

    /** Stores a new calibration (e.g. at the end of a calibration job). */
    @Transactional
    public void updateCalibration(String name, BackendCalibration calibration) {
        state(name).updateCalibration(CalibrationJson.write(calibration), calibration.lastUpdate());
    }

    private BackendState state(String name) {
        if (!backends().containsKey(name)) {
            throw new IllegalArgumentException("Unknown backend " + name);
        }
        BackendState s = em.find(BackendState.class, name);
        if (s == null) {
            s = newState(backends().get(name));
            em.persist(s);
        }
        return s;
    }

    private Backend withCurrentCalibration(Backend b) {
        BackendState s = em.find(BackendState.class, b.name());
        if (s == null || s.getCalibrationJson() == null) {
            return b;
        }
        return b.withCalibration(CalibrationJson.read(s.getCalibrationJson()));
    }

    private static BackendState newState(Backend b) {
        Instant now = Instant.now();
        return new BackendState(b.name(), CalibrationJson.write(b.calibration().withLastUpdate(now)), now);
    }

    /** The configuration, read on first use (a bad file fails the deployment through BackendStartup). */
    private Map<String, Backend> backends() {
        Map<String, Backend> c = configured;
        if (c == null) {
            synchronized (this) {
                if (configured == null) {
                    Map<String, Backend> byName = new LinkedHashMap<>();
                    for (Backend b : loader.load()) {
                        byName.put(b.name(), b);
                    }
                    configured = Collections.unmodifiableMap(byName);
                }
                c = configured;
            }
        }
        return c;
    }
}
