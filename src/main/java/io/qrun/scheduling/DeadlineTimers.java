package io.qrun.scheduling;

import io.qrun.application.execution.Decisions;
import io.qrun.application.execution.Executions;
import io.qrun.application.port.DecisionsCarrier;
import io.qrun.infrastructure.logging.JobLogScopes;
import io.qrun.infrastructure.logging.LogContext;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The stored deadlines, enforced: one single-action EJB timer per target (a workload's next TTL
 * deadline, an executing job's end, a calibration's end), armed from the database row after
 * every change that moves it and at start-up (RestartRecovery). The timers are not persistent:
 * the columns are the truth and the timers are only their alarm clock, so nothing is lost or
 * doubled across restarts. Delivery is at least once (a re-armed timer may fire as well as its
 * successor): every handler re-reads the stored state and acts only on what has passed.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineTimers {

    private static final Logger LOG = Logger.getLogger(DeadlineTimers.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Executions executions;

    @Inject
    DecisionsCarrier carrier;

    @Inject
    JobLogScopes logScopes;

    private final Map<String, Timer> armed = new ConcurrentHashMap<>();

    /** Arms (or moves, or with no time cancels) the timer of one target. */
    public void arm(Decisions.Timer t) {
        Timer previous = t.at() == null ? armed.remove(t.key()) : null;
        cancel(previous);
        if (t.at() == null) {
            return;
        }
        Timer timer = timers.createSingleActionTimer(Date.from(t.at()), new TimerConfig(t.key(), false));
        cancel(armed.put(t.key(), timer));
    }

    @Timeout
    void fire(Timer timer) {
        String key = (String) timer.getInfo();
        armed.remove(key, timer);
        try (LogContext.Scope ignored = logScope(key)) {
            try {
                carrier.carryOut(handle(key));
            } catch (RuntimeException e) {
                // the clock's pass and the next change re-arm; a failed handler must not kill the timer service
                LOG.log(Level.WARNING, "Deadline " + key + " could not be applied now; re-arming in 1 s", e);
                timers.createSingleActionTimer(1000, new TimerConfig(key, false));
            }
        }
    }

    /** The log lines of a job's or a workload's deadline carry its ids; a calibration's, none. */
    private LogContext.Scope logScope(String key) {
        String target = key.substring(key.indexOf(':') + 1);
        if (key.startsWith(Decisions.TimerKind.JOB.name().toLowerCase() + ":")) {
            return logScopes.ofJob(target);
        }
        if (key.startsWith(Decisions.TimerKind.WORKLOAD.name().toLowerCase() + ":")) {
            return logScopes.ofWorkload(target);
        }
        return LogContext.job(null, null);
    }

    /** Applies one target's deadline now (also used at start-up for deadlines that passed). */
    public Decisions handle(String key) {
        int colon = key.indexOf(':');
        String kind = key.substring(0, colon);
        String target = key.substring(colon + 1);
        switch (Decisions.TimerKind.valueOf(kind.toUpperCase())) {
            case JOB:
                return executions.executionDeadline(target);
            case WORKLOAD:
                return executions.workloadDeadline(target);
            default:
                return executions.calibrationDeadline(target);
        }
    }

    private static void cancel(Timer timer) {
        if (timer != null) {
            try {
                timer.cancel();
            } catch (NoSuchObjectLocalException | IllegalStateException gone) {
                // already fired or cancelled
            }
        }
    }
}
