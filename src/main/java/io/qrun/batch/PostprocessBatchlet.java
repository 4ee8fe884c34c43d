package io.qrun.batch;

import io.qrun.infrastructure.engine.EngineGateway;
import io.qrun.application.jobs.JobTransitions;
import io.qrun.domain.shared.Times;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.job.Job;
import io.qrun.engine.primitives.JobSpec;
import io.qrun.application.json.JsonTrees;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** Assembles the result JSON of docs/primitives-engine.md (with the execution spans), stores it, completes the job. */
@Named("postprocessBatchlet")
@Dependent
public class PostprocessBatchlet extends AbstractBatchlet {

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
    JobTransitions transitions;

    @Override
    public String process() {
        return run.recordingFailure(jobId, "postprocessing", () -> {
            JobWorkspaces.Workspace ws = workspaces.of(jobId);
            if (ws.results == null) {
                throw new IllegalStateException("the PUB results of job " + jobId + " are missing");
            }
            Job job = run.job(jobId);
            Backend backend = run.backend(job);
            JobSpec spec = run.spec(job, backend);
            List<Map<String, Object>> spans = ws.spans;
            Map<String, Object> result = engine.assemble(spec, ws.results, Map.of("execution_spans", spans));
            transitions.complete(jobId, JsonTrees.write(result), JsonTrees.write(spans), Times.now());
            return "COMPLETED";
        });
    }
}
