package io.qrun.scheduling;

import io.qrun.application.execution.Decisions;
import io.qrun.application.execution.Executions;
import io.qrun.application.execution.NodeIdentity;
import io.qrun.application.jobs.JobSettings;
import io.qrun.application.jobs.JobTransitions;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobPhase;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.job.LogLevel;
import io.qrun.domain.job.ReasonCodes;
import io.qrun.infrastructure.batch.BatchLaunch;
import io.qrun.infrastructure.batch.BatchLauncher;
import io.qrun.infrastructure.batch.NodeLaunches;
import io.qrun.infrastructure.logging.LogContext;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.qrun.domain.shared.Times;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The guarantee that no job stays preprocessing forever: a job of this node still in
 * preprocessing whose batch execution has ended, never started ({@link BatchExecutionLiveness}) or
 * is unknown to the batch runtime, on two clock ticks in a row -- so the job listener had every
 * chance to move it on -- is failed with a reason.
 * Likewise no job of this node executes without a compute task: {@link QuantumExecutor#resumeLost}
 * computes it again.
 */
@ApplicationScoped
public class OrphanReaper {

    private static final Logger LOG = Logger.getLogger(OrphanReaper.class.getName());

    @Inject
    JobRepository jobs;

    @Inject
    Executions executions;

    @Inject
    DecisionsRunner runner;

    @Inject
    NodeIdentity node;

    @Inject
    QuantumExecutor executor;

    @Inject
    JobSettings settings;

    @Inject
    JobTransitions transitions;

    @Inject
    BatchLauncher launcher;

    @Inject
    NodeLaunches launches;

    /** The job log line of a job whose preprocessing {@link #launchAgain} starts again. */
    public static final String RELAUNCHED = "The batch execution of the job's preprocessing was never launched;"
            + " the node launches it again";

    private final Set<String> suspects = new HashSet<>();

    /** Called by the clock only (one tick at a time), so the suspect set needs no locking. */
    public void reap() {
        Set<String> seen = new HashSet<>();
        String me = node.id();
        Instant readStarted = Times.now();
        List<Job> running = jobs.withStatus(JobStatus.RUNNING);
        executor.resumeLost(running.stream().filter(j -> me.equals(j.nodeId())).toList(),
                Times.now().minusMillis(2 * settings.schedulerTickMillis()));
        Set<String> preprocessing = new HashSet<>();
        for (Job job : running) {
            if (job.phase() != JobPhase.PREPROCESSING || !me.equals(job.nodeId())) {
                continue;
            }
            preprocessing.add(job.id());
            Optional<NodeLaunches.Launch> launch = launches.of(job.id());
            if (launch.isEmpty()) {
                if (BatchExecutionLiveness.launchLost(job.running(), Times.now()) && !runner.launchPending(job.id())) {
                    launchAgain(job);
                }
                continue;
            }
            if (!ended(launch.get().executionId(), job.id())) {
                continue;
            }
            seen.add(job.id());
            if (suspects.contains(job.id())) {
                try (LogContext.Scope ignored = LogContext.job(job.id(), job.sessionId())) {
                    LOG.warning(() -> "Job " + job.id() + " was preprocessing with no live batch execution; failing it");
                    runner.carryOut(executions.failLostPreprocessing(job.id(), job.running(),
                            "The job's preprocessing ended, or never started, without making it ready",
                            ReasonCodes.INTERNAL_ERROR, "Submit the job again; if it fails again, contact the operator."));
                }
            }
        }
        suspects.clear();
        suspects.addAll(seen);
        launches.forgetAllBut(preprocessing, readStarted);
    }

    private void launchAgain(Job job) {
        try (LogContext.Scope ignored = LogContext.job(job.id(), job.sessionId())) {
            LOG.warning(() -> "Job " + job.id() + " has been preprocessing since " + job.running()
                    + " with no batch execution launched on this node; launching it again");
        }
        transitions.log(job.id(), LogLevel.WARNING, RELAUNCHED, Times.now());
        Decisions again = new Decisions();
        again.preprocess(job.id());
        runner.carryOut(again);
    }

    /** Over for the job: ended, never started, unknown, or an execution of another job (BatchLaunch.isExecutionOf). */
    private boolean ended(long executionId, String jobId) {
        try {
            JobExecution e = launcher.execution(executionId);
            if (!BatchLaunch.isExecutionOf(e.getJobParameters(), jobId)) {
                return true;
            }
            return BatchExecutionLiveness.over(e.getBatchStatus(),
                    e.getCreateTime() == null ? null : e.getCreateTime().toInstant(), Times.now());
        } catch (NoSuchJobExecutionException e) {
            return true;
        }
    }
}
