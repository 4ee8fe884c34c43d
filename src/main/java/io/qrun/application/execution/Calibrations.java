package io.qrun.application.execution;

import io.qrun.application.backends.BackendCalibrations;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.backend.BackendCalibration;
import io.qrun.domain.backend.BackendState;
import io.qrun.domain.backend.BackendStateRepository;
import io.qrun.domain.backend.CalibrationDrift;
import io.qrun.domain.timeline.HolderKind;
import io.qrun.domain.timeline.QpuLease;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Calibration jobs: every {@code calibration_interval_seconds} of the backends file a QPU backend
 * is held for {@code calibration_duration_seconds} (a {@code calibration} interval on the
 * timeline); at its end the backend's properties drift ({@link CalibrationDrift}) and get a new
 * {@code last_update_date} and calibration id. Started only on a free QPU, so never inside an active session (which
 * holds the QPU); a calibration that fell due waits for the QPU like any job, ahead of the queue.
 * The due time is a column of backend_state; the end is the lease's deadline.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Calibrations {

    private static final Logger LOG = Logger.getLogger(Calibrations.class.getName());

    @Inject
    BackendStateRepository states;

    @Inject
    BackendCalibrations calibrations;

    @Inject
    QpuLeases leases;

    @Inject
    Event<CalibrationFinished> finished;

    /**
     * Starts the backend's calibration if it is due (the QPU is free and locked by the caller).
     *
     * @param state the backend's state row, locked and read under the lease lock by the caller
     */
    public boolean startIfDue(QpuLease lease, Backend backend, BackendState state, Instant now, Decisions d) {
        if (backend.calibrationIntervalSeconds() <= 0 || !lease.isFree()) {
            return false;
        }
        if (state.nextCalibrationAt() == null) {
            state.scheduleCalibration(now.plusNanos(nanos(backend.calibrationIntervalSeconds())));
            return false;
        }
        if (!state.calibrationDue(now)) {
            return false;
        }
        Instant until = now.plusNanos(nanos(backend.calibrationDurationSeconds()));
        leases.grantToCalibration(lease, now, until);
        state.scheduleCalibration(null);
        d.arm(Decisions.TimerKind.CALIBRATION, backend.name(), until);
        LOG.info(() -> "Calibration of " + backend.name() + " starts, until " + until);
        return true;
    }

    /** Ends the calibration at its deadline: new properties, the next one scheduled, the QPU free. */
    public void finishIfDue(QpuLease lease, Backend backend, Instant now, Decisions d) {
        if (lease.holderKind() != HolderKind.CALIBRATION) {
            return;
        }
        if (now.isBefore(lease.deadline())) {
            d.arm(Decisions.TimerKind.CALIBRATION, backend.name(), lease.deadline());
            return;
        }
        Instant end = lease.deadline();
        leases.releaseCalibration(lease, end);
        BackendCalibration drifted = CalibrationDrift.drift(backend.name(), backend.calibration(), end);
        String id = calibrations.replace(backend.name(), drifted);
        states.findForUpdate(backend.name()).ifPresent(s ->
                s.scheduleCalibration(end.plusNanos(nanos(backend.calibrationIntervalSeconds()))));
        d.arm(Decisions.TimerKind.CALIBRATION, backend.name(), null);
        finished.fire(new CalibrationFinished(backend.name(), end));
        LOG.info(() -> "Calibration of " + backend.name() + " done: calibration " + id + " of " + end);
    }

    private static long nanos(double seconds) {
        return (long) Math.ceil(seconds * 1e9);
    }
}
