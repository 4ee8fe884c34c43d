package io.qrun.scheduling;

import io.qrun.application.execution.ComputedResults;
import io.qrun.application.execution.Executions;
import io.qrun.application.execution.VersionConflicts;
import io.qrun.application.jobs.JobTransitions;
import io.qrun.application.json.JsonTrees;
import io.qrun.application.port.DecisionsCarrier;
import io.qrun.batch.JobRun;
import io.qrun.batch.JobWorkspaces;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.JobPhase;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.job.LogLevel;
import io.qrun.domain.job.ReasonCodes;
import io.qrun.domain.shared.Times;
import io.qrun.engine.primitives.JobSpec;
import io.qrun.engine.primitives.PreparedPub;
import io.qrun.engine.primitives.PubExecutionException;
import io.qrun.engine.primitives.PubResult;
import io.qrun.infrastructure.batch.ExecutionControl;
import io.qrun.infrastructure.engine.EngineGateway;
import io.qrun.infrastructure.logging.JobLogScopes;
import io.qrun.infrastructure.logging.LogContext;
import io.qrun.infrastructure.transactions.LeftoverTransactions;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The computing part of a quantum execution, on a managed thread: runs every PUB on the engine
 * with the calibration the backend has now (PUBs compiled under an older one are compiled again,
 * so a calibration between two batch jobs changes the second), assembles the result and hands it
 * to {@link Executions#resultComputed}; the job completes at its stored deadline. The thread is
 * busy only while it computes: the modelled QPU time is a deadline, not a wait. Between PUBs it
 * stops when the job ended (cancel, limit) -- the job's state was set by then already.
 */
@ApplicationScoped
public class QuantumExecutor {

    private static final Logger LOG = Logger.getLogger(QuantumExecutor.class.getName());

    @Resource
    ManagedExecutorService threads;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactions;

    /** Set at undeployment; read by running tasks without going through a (by then dead) bean proxy. */
    private volatile boolean stopping;

    @PreDestroy
    void stop() {
        stopping = true;
    }

    @Inject
    JobRun run;

    @Inject
    JobWorkspaces workspaces;

    @Inject
    EngineGateway engine;

    @Inject
    Executions executions;

    @Inject
    ComputedResults computedResults;

    @Inject
    DecisionsCarrier carrier;

    @Inject
    ExecutionControl control;

    @Inject
    JobLogScopes logScopes;

    @Inject
    JobRepository jobs;

    @Inject
    JobTransitions transitions;

    /** The job log line of a job computed again by {@link #resumeLost}. */
    public static final String RECOMPUTED = "The compute task of the job was lost; the node computes it again";

    /** The compute tasks this node has handed to the executor, by job (queued or running). */
    private final Map<String, Future<?>> inFlight = new ConcurrentHashMap<>();

    /** Starts the job's compute task, unless one is queued or runs for it already on this node. */
    public void compute(String jobId) {
        try {
            inFlight.compute(jobId, (id, task) -> task != null && !task.isDone() ? task : threads.submit(() -> computeNow(id)));
        } catch (RejectedExecutionException e) {
            try (LogContext.Scope ignored = logScopes.ofJob(jobId)) {
                LOG.warning(() -> "Execution of " + jobId + " not started now (" + e.getMessage()
                        + "); the scheduler clock starts it again");
            }
        }
    }

    /**
     * Called by the scheduler clock: a job of this node that executes without a result and without
     * a compute task (the task was refused, or died without handing anything over) gets one again,
     * instead of holding the QPU until its execution limit. {@code since} spares the jobs whose
     * execution has only just started (their task is being handed to a thread).
     */
    public void resumeLost(List<Job> executing, Instant since) {
        for (Job job : executing) {
            if (job.isPhase(JobPhase.EXECUTING) && job.executionStarted() != null && job.executionStarted().isBefore(since)
                    && isLost(inFlight.get(job.id())) && !jobs.hasResult(job.id())) {
                try (LogContext.Scope ignored = logScopes.ofJob(job.id())) {
                    LOG.warning(() -> "Job " + job.id() + " executes without a result or a compute task on this node;"
                            + " computing it again");
                }
                // in the job's own log too: the user sees why it took longer
                transitions.log(job.id(), LogLevel.WARNING, RECOMPUTED, Times.now());
                compute(job.id());
            }
        }
    }

    /** No task, or one that ended (normally it hands a result over first; a task the executor failed never ran). */
    private static boolean isLost(Future<?> task) {
        return task == null || task.isDone();
    }

    private void computeNow(String jobId) {
        try (LogContext.Scope ignored = logScopes.ofJob(jobId)) {
            computeInContext(jobId);
        } catch (RuntimeException | Error e) {
            // nothing may leave a compute task unseen: the clock computes the job again
            if (stopping) {
                LOG.info(() -> "The compute task of job " + jobId + " was cut by the undeployment (" + e
                        + "); the node takes the job back at its restart");
            } else {
                LOG.log(Level.SEVERE, "The compute task of job " + jobId + " ended abnormally", e);
            }
        } finally {
            inFlight.remove(jobId);
            LeftoverTransactions.rollBack(transactions, "The compute task of job " + jobId);
        }
    }

    private void computeInContext(String jobId) {
        try {
            Job job = run.job(jobId);
            if (!job.isPhase(JobPhase.EXECUTING)) {
                return;
            }
            Backend backend = run.backend(job);
            JobSpec spec = run.spec(job, backend);
            JobWorkspaces.Workspace ws = workspaces.of(jobId);
            Instant calibration = backend.calibration().lastUpdate();
            if (ws.calibration() == null || !ws.calibration().equals(calibration)) {
                ws.recompileFor(calibration);
            }
            List<PubResult> results = new ArrayList<>();
            List<Map<String, Object>> spans = new ArrayList<>();
            for (int i = 0; i < spec.numPubs(); i++) {
                // a cancel on another node is seen between PUBs (the first one follows the read above)
                if (control.isStopSignalled(jobId) || (i > 0 && !run.job(jobId).isPhase(JobPhase.EXECUTING))) {
                    return;
                }
                PreparedPub pub = run.prepared(job, spec, i, backend);
                Instant start = Times.now();
                results.add(engine.execute(pub, job.seed()));
                spans.add(span(start, Times.now(), pub.pubIndex()));
            }
            Map<String, Object> result = engine.assemble(spec, results, Map.of("execution_spans", spans));
            String resultJson = JsonTrees.write(result);
            String spansJson = JsonTrees.write(spans);
            // the job's end in this transaction hands the QPU on
            carrier.carryOut(computedResults.store(new Executions.ComputedResult(jobId, resultJson, spansJson),
                    backend.simulator()));
            workspaces.drop(jobId);
        } catch (PubExecutionException e) {
            carrier.carryOut(VersionConflicts.retried(() -> executions.fail(jobId, e.getMessage(), ReasonCodes.PUB_FAILED,
                    "Fix the PUB for this backend (GET /backends/{name}/configuration lists its ISA) and submit again.")));
            workspaces.drop(jobId);
        } catch (RuntimeException e) {
            if (stopping || control.isShuttingDown()) {
                LOG.info(() -> "Execution of " + jobId + " cut by the shutdown; the node takes it back at its restart");
                return;
            }
            LOG.log(Level.SEVERE, "Execution of job " + jobId + " failed", e);
            carrier.carryOut(executions.fail(jobId, "Internal error during quantum execution: " + e,
                    ReasonCodes.INTERNAL_ERROR, "Submit the job again; if it fails again, contact the operator."));
            workspaces.drop(jobId);
        }
    }

    private static Map<String, Object> span(Instant start, Instant stop, int pubIndex) {
        Map<String, Object> span = new LinkedHashMap<>();
        span.put("start", start.toString());
        span.put("stop", stop.toString());
        span.put("pub_indices", List.of(pubIndex));
        return span;
    }
}
