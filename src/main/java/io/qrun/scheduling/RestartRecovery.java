package io.qrun.scheduling;

import io.qrun.application.execution.Decisions;
import io.qrun.application.execution.Executions;
import io.qrun.application.execution.Nodes;
import io.qrun.application.execution.StoredDeadlines;
import io.qrun.application.port.DecisionsCarrier;
import io.qrun.domain.shared.Times;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * At deployment, after the migrations and before the scheduler's clock starts: this node
 * registers, then (1) every stored deadline that passed while it was down takes effect now --
 * workloads reach their max TTL or go inactive, executions and calibrations end -- (2) the node
 * takes back its own Running jobs ({@link Executions#adopt}: an execution whose result was stored
 * ends at its deadline, one without is computed again with the same seed, a job-mode job that was
 * preprocessing goes back to the queue), and (3) every future deadline is armed. Other nodes'
 * work is left alone: the clock takes over a node's work only when its heartbeat has stopped.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RestartRecovery {

    private static final Logger LOG = Logger.getLogger(RestartRecovery.class.getName());

    @Inject
    Nodes nodes;

    @Inject
    StoredDeadlines deadlines;

    @Inject
    DeadlineTimers timers;

    @Inject
    Executions executions;

    @Inject
    DecisionsCarrier carrier;

    @PostConstruct
    void recover() {
        List<Nodes.Orphan> own = nodes.start();
        Instant now = Times.now();
        int passed = 0;
        for (Decisions.Timer t : deadlines.all()) {
            if (!t.at().isAfter(now)) {
                carrier.carryOut(timers.handle(t.key()));
                passed++;
            }
        }
        for (Nodes.Orphan orphan : own) {
            carrier.carryOut(executions.adopt(orphan.jobId(), orphan.lastSeen()));
        }
        for (Decisions.Timer t : deadlines.all()) {
            timers.arm(t);
        }
        int deadlinesPassed = passed;
        LOG.info(() -> "Restart recovery: " + deadlinesPassed + " deadline(s) that passed while the server was down applied, "
                + own.size() + " Running job(s) of this node taken back");
    }
}
