package io.qrun.scheduling;

import io.qrun.application.jobs.JobSettings;
import io.qrun.application.jobs.JobTransitions;
import io.qrun.application.jobs.SubmissionRules;
import io.qrun.domain.shared.Times;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.timeline.QpuInterval;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.timeline.QpuRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * At deployment (after the migrations, before the scheduler's clock starts): no batch execution
 * of this application is alive, so every job the database says is Running was cut off by a
 * restart (or redeploy). Choice: such a job goes back to the queue ("requeued after server
 * restart"), unless it had been asked to stop, in which case it ends as that request says. A
 * re-queued job keeps its place by age and its seed, so its re-run returns the same result it
 * would have. Every QPU lease is released, and intervals left open are closed at the lease's
 * last heartbeat (within one clock tick of the real stop). Queued jobs need nothing: the clock
 * picks them up.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RestartRecovery {

    private static final Logger LOG = Logger.getLogger(RestartRecovery.class.getName());

    @Inject
    Work work;

    @PostConstruct
    void recover() {
        Instant now = Times.now();
        work.closeOpenIntervals(now);
        int recovered = work.recover(now);
        if (recovered > 0) {
            LOG.info(() -> "Restart recovery: " + recovered + " job(s) that were Running re-queued or ended");
        }
    }

    /** The recovery's database work. */
    @ApplicationScoped
    public static class Work {
        @Inject
        JobRepository jobs;

        @Inject
        QpuRepository qpu;

        @Inject
        JobTransitions transitions;

        @Inject
        JobSettings settings;

        /** Each job in its own transaction (JobTransitions), so one bad row cannot block the rest. */
        public int recover(Instant now) {
            List<Job> running = jobs.withStatus(JobStatus.RUNNING);
            for (Job job : running) {
                transitions.recoverAfterRestart(job.id(),
                        SubmissionRules.maxExecutionSeconds(job.cost(), settings.maxExecutionSeconds()), now);
            }
            return running.size();
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void closeOpenIntervals(Instant now) {
            for (var lease : qpu.heldLeases()) {
                Instant lastSeen = lease.heartbeatAt() != null ? lease.heartbeatAt() : lease.acquiredAt();
                qpu.interval(lease.intervalId()).ifPresent(i -> i.close(lastSeen != null ? lastSeen : now));
                lease.release();
            }
            for (QpuInterval open : qpu.openIntervals()) {
                open.close(now);
            }
        }
    }
}
