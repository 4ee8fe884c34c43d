package io.qrun.infrastructure.batch;

import io.qrun.application.port.RunningJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Stops a running job's batch execution on this node: the in-memory signal wakes a waiting step, JobOperator.stop the rest. */
@ApplicationScoped
public class BatchJobStopper implements RunningJobs {

    @Inject
    ExecutionControl control;

    @Inject
    BatchLauncher launcher;

    @Override
    public void stop(String jobId, Long batchExecutionId) {
        control.signalStop(jobId);
        if (batchExecutionId != null) {
            launcher.stop(batchExecutionId);
        }
    }
}
