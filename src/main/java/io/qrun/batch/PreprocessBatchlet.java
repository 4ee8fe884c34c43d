package io.qrun.batch;

import io.qrun.infrastructure.transactions.LeftoverTransactions;
import io.qrun.infrastructure.engine.EngineGateway;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.job.Job;
import io.qrun.engine.primitives.JobSpec;
import io.qrun.infrastructure.batch.ExecutionControl;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One preprocessing partition: prepares its PUBs (parse, ISA check, bind, compile, estimate QPU
 * time) into the job's workspace. Checks for a stop between PUBs.
 */
@Named("preprocessBatchlet")
@Dependent
public class PreprocessBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "jobId")
    String jobId;

    @Inject
    @BatchProperty(name = "pubIndices")
    String pubIndices;

    @Inject
    JobRun run;

    @Inject
    JobWorkspaces workspaces;

    @Inject
    EngineGateway engine;

    @Inject
    ExecutionControl control;


    @Override
    public String process() {
        return LeftoverTransactions.around("The preprocessing of job " + jobId, this::prepare);
    }

    private String prepare() {
        return run.recordingFailure(jobId, "preprocessing", () -> {
            Job job = run.preprocessing(jobId).orElse(null);
            if (job == null) {
                return "STOPPED";
            }
            Backend backend = run.backend(job);
            JobSpec spec = run.spec(job, backend);
            JobWorkspaces.Workspace ws = workspaces.of(jobId);
            ws.calibration = backend.calibration().lastUpdate();
            for (String index : pubIndices.split(",")) {
                if (control.isStopSignalled(jobId)) {
                    return "STOPPED";
                }
                int i = Integer.parseInt(index.trim());
                ws.prepared.put(i, engine.prepare(spec, i, backend));
            }
            return "PREPARED";
        });
    }

    /**
     * JobOperator.stop: a cancel has ended the job already; a stop without one (server shutdown, an
     * operator's CLI) leaves the job to the listener, which queues a job-mode job again.
     */
    @Override
    public void stop() {
        control.signalStop(jobId);
    }
}
