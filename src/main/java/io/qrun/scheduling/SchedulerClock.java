package io.qrun.scheduling;

import io.qrun.infrastructure.batch.BatchRecordsPurge;
import io.qrun.application.execution.Executions;
import io.qrun.application.execution.Nodes;
import io.qrun.application.jobs.JobSettings;
import io.qrun.domain.shared.Times;
import io.qrun.domain.timeline.QpuRepository;
import io.qrun.infrastructure.logging.JobLogScopes;
import io.qrun.infrastructure.logging.LogContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The scheduler's safety net: a non-persistent interval timer (so no duplicates pile up across
 * restarts) that every tick refreshes this node's heartbeat and that of held QPU leases, fails
 * jobs whose preprocessing vanished (OrphanReaper), retries batch jobs that could not start,
 * takes over the work of silent nodes, ends the workloads of instances whose sessions used up
 * their usage limit, runs a pass on every backend, and now and then purges old batch job
 * records (BatchRecordsPurge). Everything it does is
 * idempotent, so a late or doubled tick is harmless; a tick that finds the previous one still
 * running skips instead of queueing behind it.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "RestartRecovery"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchedulerClock {

    private static final Logger LOG = Logger.getLogger(SchedulerClock.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobSettings settings;

    @Inject
    BackendScheduler scheduler;

    @Inject
    Heartbeat heartbeat;

    @Inject
    OrphanReaper reaper;

    @Inject
    Nodes nodes;

    @Inject
    Executions executions;

    @Inject
    DecisionsRunner runner;

    @Inject
    BatchRecordsPurge purge;

    @Inject
    JobLogScopes logScopes;

    private final AtomicBoolean ticking = new AtomicBoolean();
    private volatile Instant lastPurge;

    @PostConstruct
    void start() {
        long tick = settings.schedulerTickMillis();
        timers.createIntervalTimer(tick, tick, new TimerConfig("qrun-scheduler-clock", false));
        LOG.info(() -> "Scheduler clock started: a pass on every backend every " + tick + " ms");
    }

    @Timeout
    void tick() {
        if (!ticking.compareAndSet(false, true)) {
            return;
        }
        try {
            nodes.beat();
            heartbeat.beat(Times.now());
            reaper.reap();
            runner.retryLaunches();
            for (Nodes.Orphan orphan : nodes.silentNodesWork()) {
                try (LogContext.Scope ignored = logScopes.ofJob(orphan.jobId())) {
                    LOG.warning(() -> "Job " + orphan.jobId() + " belongs to a node silent since " + orphan.lastSeen()
                            + "; taking it over");
                    runner.carryOut(executions.adopt(orphan.jobId(), orphan.lastSeen()));
                }
            }
            runner.carryOut(executions.usageCheck());
            scheduler.requestPassOnAll();
            purgeBatchRecords();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduler tick failed; the next one retries", e);
        } finally {
            ticking.set(false);
        }
    }

    private void purgeBatchRecords() {
        Instant now = Times.now();
        if (lastPurge != null && now.isBefore(lastPurge.plus(purge.interval()))) {
            return;
        }
        lastPurge = now;
        try {
            purge.purge(now);
        } catch (RuntimeException e) {
            LOG.fine(() -> "Batch job records not purged: " + e);
        }
    }

    /** The tick's database work, in its own transaction. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Heartbeat {
        @Inject
        QpuRepository qpu;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void beat(Instant now) {
            qpu.beatHeldLeases(now);
        }
    }
}
