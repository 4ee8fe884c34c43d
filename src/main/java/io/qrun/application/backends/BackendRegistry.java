package io.qrun.application.backends;

import io.qrun.application.port.BackendCatalog;
import io.qrun.application.port.ParamsValidator;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.backend.BackendState;
import io.qrun.domain.backend.BackendStateRepository;
import io.qrun.domain.timeline.QpuRepository;
import io.qrun.domain.setting.SettingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * the current calibration. The configuration is read once (at startup, by QrunBootstrap); the
 * state lives in the backend_state table, which is the source of truth across restarts (and
 * across nodes), so every state query reads the database.
 */
@ApplicationScoped
public class BackendRegistry {

    private static final Logger LOG = Logger.getLogger(BackendRegistry.class.getName());

    @Inject
    BackendStateRepository states;

    @Inject
    BackendCatalog catalog;

    @Inject
    QpuRepository qpu;

    @Inject
    ParamsValidator primitives;

    @Inject
    SettingRepository settings;

    private volatile Map<String, Backend> configured;

    /**
     * Loads the configuration (when not yet loaded) and creates a state row (and for a QPU its
     * lease row) for each new backend, and records when each backend went online. Idempotent.
     */
    @Transactional
    public void initialize() {
        for (Backend b : backends().values()) {
            if (states.find(b.name()).isEmpty()) {
                states.create(b, Instant.now());
                LOG.info(() -> "Backend " + b.name() + " registered (" + b.numQubits() + " qubits)");
            }
            settings.putIfAbsent(onlineDateSetting(b.name()), Instant.now().toString());
            if (!b.simulator() && qpu.lease(b.name()).isEmpty()) {
                // before any pass or pause can ask for it: two of them creating it at once collided
                qpu.leaseForUpdate(b.name());
            }
        }
    }

    /**
     * When the backend went online: the moment this database first registered it (for a database
     * older than this record, the first start that kept it). The configuration's
     * {@code online_date}, which the Qiskit client requires.
     */
    public Instant onlineDate(String name) {
        return settings.find(onlineDateSetting(name)).map(Instant::parse)
                .orElseThrow(() -> new IllegalStateException("backend " + name + " has no online date: initialize() did not run"));
    }

    private static String onlineDateSetting(String backend) {
        return "backend.online_date." + backend;
    }

    /** The backend with its current calibration, if configured. */
    public Optional<Backend> find(String name) {
        Backend b = backends().get(name);
        if (b == null) {
            return Optional.empty();
        }
        return Optional.of(withCurrentCalibration(b));
    }

    /**
     * The backend as configured, without reading its current calibration: for what the
     * configuration alone answers (simulator or QPU, calibration interval and duration, the name).
     * A scheduling pass asks this on every run; the calibration's version is a read per call.
     */
    public Optional<Backend> configured(String name) {
        return Optional.ofNullable(backends().get(name));
    }

    /**
     * Every configured backend as configured, in the order of the configuration file, without
     * reading their calibrations: for the clock's passes, the gauges and the health check, which
     * need names and kinds only ({@link #all} reads each backend's calibration version).
     */
    public List<Backend> allConfigured() {
        return List.copyOf(backends().values());
    }

    /** Every configured backend, in the order of the configuration file, with current calibrations. */
    public List<Backend> all() {
        return backends().values().stream().map(this::withCurrentCalibration).toList();
    }

    public boolean isPaused(String name) {
        return states.find(name).map(BackendState::isPaused).orElse(false);
    }

    /** The operator's reason for the pause, when paused. */
    public Optional<String> pauseReason(String name) {
        return states.find(name).filter(BackendState::isPaused).map(BackendState::getPauseReason);
    }

    /** The most PUBs one job may carry (the configuration's {@code max_experiments}). */
    public int maxExperiments() {
        return primitives.maxPubsPerJob();
    }

    /**
     * Pauses a backend: the scheduler starts no new job on it until resumed. The QPU lease row is
     * locked first, as every scheduling pass does: a pass running now ends before the pause commits,
     * and every later pass sees it -- nothing starts after the pause is answered.
     */
    @Transactional
    public void pause(String name, String reason) {
        if (backends().get(name) != null && !backends().get(name).simulator()) {
            qpu.leaseForUpdate(name);
        }
        state(name).pause(reason);
        LOG.info(() -> "Backend " + name + " paused" + (reason == null ? "" : ": " + reason));
    }

    @Transactional
    public void resume(String name) {
        state(name).resume();
        LOG.info(() -> "Backend " + name + " resumed");
    }

    private BackendState state(String name) {
        if (!backends().containsKey(name)) {
            throw new IllegalArgumentException("Unknown backend " + name);
        }
        return states.find(name).orElseGet(() -> states.create(backends().get(name), Instant.now()));
    }

    private Backend withCurrentCalibration(Backend b) {
        return states.calibration(b.name()).map(b::withCalibration).orElse(b);
    }

    /** The configuration, read on first use (a bad file fails the deployment through QrunBootstrap). */
    private Map<String, Backend> backends() {
        Map<String, Backend> c = configured;
        if (c == null) {
            synchronized (this) {
                if (configured == null) {
                    Map<String, Backend> byName = new LinkedHashMap<>();
                    for (Backend b : catalog.load()) {
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
