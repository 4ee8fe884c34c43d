package io.qrun.batch;

import io.qrun.application.jobs.JobSettings;
import io.qrun.application.jobs.JobTransitions;
import io.qrun.application.jobs.SubmissionRules;
import io.qrun.application.usage.InstanceUsage;
import io.qrun.application.usage.UsageAccounting;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.instance.InstanceRepository;
import io.qrun.domain.job.Job;
import io.qrun.domain.job.LogLevel;
import io.qrun.domain.job.StopRequest;
import io.qrun.domain.shared.Times;
import io.qrun.engine.primitives.JobSpec;
import io.qrun.engine.primitives.PreparedPub;
import io.qrun.engine.primitives.PubResult;
import io.qrun.infrastructure.batch.ExecutionControl;
import io.qrun.infrastructure.engine.EngineGateway;
import io.qrun.scheduling.SchedulerTrigger;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quantum execution: runs every prepared PUB on the simulator, then holds the QPU until the
 * modelled QPU time (from the start of execution) has passed, so the backend is busy as long as
 * a real QPU would be. The wait ends early on a stop signal (cancel), and is cut at the job's
 * maximum execution time (Cancelled - Ran too long) and at the instance's usage limit (Cancelled).
 * At the end the QPU is released (usage = from the pick to now) and the backend's next job can
 * start while this one is postprocessed.
 *
 * <p>This step holds one batch thread for the whole modelled time; preprocessing partitions of
 * other jobs must not wait behind it -- see configure-batch-pools.cli for the thread budget.
 */
@Named("quantumExecutionBatchlet")
@Dependent
public class QuantumExecutionBatchlet extends AbstractBatchlet {

    static final String STOPPED = "STOPPED";

    @Inject
    @BatchProperty(name = "jobId")
    String jobId;

    @Inject
    JobRun run;

    @Inject
    JobWorkspaces workspaces;

    @Inject
    EngineGateway engine;

    @Inject
    ExecutionControl control;

    @Inject
    JobTransitions transitions;

    @Inject
    JobSettings settings;

    @Inject
    InstanceRepository instances;

    @Inject
    UsageAccounting usage;

    @Inject
    SchedulerTrigger trigger;

    @Override
    public String process() {
        try {
            return execute();
        } catch (InterruptedException e) {
            // the server is shutting down under us: leave the job to the listener (re-queue)
            Thread.currentThread().interrupt();
            workspaces.of(jobId).interrupted = true;
            return STOPPED;
        }
    }

    private String execute() throws InterruptedException {
        if (run.mustStop(jobId)) {
            return release(null);
        }
        Job job = run.job(jobId);
        Backend backend = run.backend(job);
        JobWorkspaces.Workspace ws = workspaces.of(jobId);
        List<PreparedPub> pubs = run.recordingFailure(jobId, "quantum execution", () -> prepared(job, backend, ws));
        double modelledSeconds = engine.jobQpuSeconds(pubs, backend);
        transitions.recordEstimate(jobId, modelledSeconds, Times.now());

        Instant start = Times.now();
        long maxSeconds = SubmissionRules.maxExecutionSeconds(job.cost(), settings.maxExecutionSeconds());
        Deadlines deadlines = new Deadlines(start.plusMillis(seconds(modelledSeconds)),
                start.plusSeconds(maxSeconds), usageDeadline(job));

        List<PubResult> results = new ArrayList<>();
        List<Map<String, Object>> spans = new ArrayList<>();
        for (PreparedPub pub : pubs) {
            StopRequest stop = deadlines.passed(Instant.now());
            if (stop != null) {
                return release(stop);
            }
            if (control.isStopSignalled(jobId)) {
                return release(null);
            }
            Instant pubStart = Times.now();
            results.add(run.recordingFailure(jobId, "quantum execution", () -> engine.execute(pub, job.seed())));
            spans.add(span(pubStart, Times.now(), pub.pubIndex()));
        }
        StopRequest late = deadlines.passed(Instant.now());
        if (late != null) {
            return release(late);
        }
        Instant wakeAt = deadlines.earliest();
        if (control.awaitStopUntil(jobId, wakeAt)) {
            return release(null);
        }
        StopRequest stop = deadlines.cutShort();
        if (stop != null) {
            return release(stop);
        }
        ws.results = results;
        ws.spans = spans;
        transitions.releaseQpu(jobId, Times.now());
        trigger.soon(backend.name());
        transitions.log(jobId, LogLevel.INFO, String.format("Quantum execution done (%d PUBs, modelled %.3f s)",
                pubs.size(), modelledSeconds), Times.now());
        return "EXECUTED";
    }

    /**
     * JobOperator.stop. A cancel has recorded its reason on the job row before calling it; a stop
     * without a reason (server shutdown, an operator's CLI) records nothing, and the job listener
     * puts the job back in the queue.
     */
    @Override
    public void stop() {
        control.signalStop(jobId);
    }

    /** Every PUB prepared, in order; PUBs missing from the workspace (restart, lost cache) are prepared now. */
    private List<PreparedPub> prepared(Job job, Backend backend, JobWorkspaces.Workspace ws) {
        JobSpec spec = run.spec(job, backend);
        List<PreparedPub> pubs = new ArrayList<>();
        for (int i = 0; i < spec.numPubs(); i++) {
            PreparedPub p = ws.prepared.get(i);
            pubs.add(p != null ? p : engine.prepare(spec, i, backend));
        }
        return pubs;
    }

    /** When the instance's remaining usage runs out, counting from the pick; null when unlimited. */
    private Instant usageDeadline(Job job) {
        return instances.find(job.instanceId()).map(i -> {
            InstanceUsage u = usage.of(i, Times.now());
            return u.limited() ? job.running().plusMillis(seconds(u.remainingSeconds())) : null;
        }).orElse(null);
    }

    /**
     * Ends the quantum execution early: records why (null = a stop signal: a cancel recorded its
     * reason already; without one the listener re-queues the job), frees the QPU.
     */
    private String release(StopRequest why) {
        Instant now = Times.now();
        if (why != null) {
            transitions.requestStop(jobId, why, now);
        }
        workspaces.of(jobId).interrupted = true;
        transitions.releaseQpu(jobId, now);
        trigger.soon(run.job(jobId).backend());
        return STOPPED;
    }

    private static long seconds(double s) {
        return (long) Math.ceil(s * 1000.0);
    }

    private static Map<String, Object> span(Instant start, Instant stop, int pubIndex) {
        Map<String, Object> span = new LinkedHashMap<>();
        span.put("start", start.toString());
        span.put("stop", stop.toString());
        span.put("pub_indices", List.of(pubIndex));
        return span;
    }

    /** The three ends of the QPU hold: the modelled time, the maximum execution time, the usage limit. */
    record Deadlines(Instant modelledEnd, Instant maxExecution, Instant usageLimit) {

        Instant earliest() {
            Instant e = modelledEnd.isBefore(maxExecution) ? modelledEnd : maxExecution;
            return usageLimit != null && usageLimit.isBefore(e) ? usageLimit : e;
        }

        /** A limit already passed at {@code now}, or null. */
        StopRequest passed(Instant now) {
            if (usageLimit != null && !now.isBefore(usageLimit)) {
                return StopRequest.USAGE_LIMIT_REACHED;
            }
            if (!now.isBefore(maxExecution)) {
                return StopRequest.RAN_TOO_LONG;
            }
            return null;
        }

        /** After the wait: the limit that ended it before the modelled time, or null when the modelled time came first. */
        StopRequest cutShort() {
            if (!modelledEnd.isAfter(earliest())) {
                return null;
            }
            return usageLimit != null && !usageLimit.isAfter(maxExecution) ? StopRequest.USAGE_LIMIT_REACHED
                    : StopRequest.RAN_TOO_LONG;
        }
    }
}
