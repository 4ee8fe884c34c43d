package io.qrun.batch;

import io.qrun.infrastructure.transactions.LeftoverTransactions;
import io.qrun.application.execution.Decisions;
import io.qrun.application.execution.Executions;
import io.qrun.application.execution.VersionConflicts;
import io.qrun.application.port.DecisionsCarrier;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.job.Job;
import io.qrun.engine.primitives.JobSpec;
import io.qrun.engine.primitives.PreparedPub;
import io.qrun.infrastructure.engine.EngineGateway;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The last step of preprocessing: the modelled QPU time of the prepared PUBs, then the job is
 * ready for the QPU. The transaction that marks it ready also runs the scheduling decision, so a
 * job whose QPU is waiting for it (job mode, its session idle, or a free QPU) starts its
 * execution in the same commit. The batch job ends here: no thread waits for the QPU.
 */
@Named("readyBatchlet")
@Dependent
public class ReadyBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "jobId")
    String jobId;

    @Inject
    JobContext jobContext;

    @Inject
    JobRun run;

    @Inject
    EngineGateway engine;

    @Inject
    Executions executions;

    @Inject
    DecisionsCarrier carrier;

    @Override
    public String process() {
        return LeftoverTransactions.around("The ready step of job " + jobId, this::ready);
    }

    private String ready() {
        return run.recordingFailure(jobId, "preprocessing", () -> {
            Job job = run.preprocessing(jobId).orElse(null);
            if (job == null) {
                return "STOPPED";
            }
            Backend backend = run.backend(job);
            JobSpec spec = run.spec(job, backend);
            List<PreparedPub> pubs = new ArrayList<>();
            for (int i = 0; i < spec.numPubs(); i++) {
                pubs.add(run.prepared(job, spec, i, backend));
            }
            double seconds = engine.jobQpuSeconds(pubs, backend);
            // a pass on the backend racing this transaction may fail it on a version check
            Decisions d = VersionConflicts.retried(() -> executions.ready(jobId, seconds, jobContext.getExecutionId()));
            carrier.carryOut(d);
            return "READY";
        });
    }
}
