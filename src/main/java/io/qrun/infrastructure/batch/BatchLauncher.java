package io.qrun.infrastructure.batch;

import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts and stops the {@code qrun-primitive} Jakarta Batch job, with the parameters of
 * {@link BatchLaunch}: the steps read the job id (everything else is in the job row), the
 * others are there for the operator.
 */
@ApplicationScoped
public class BatchLauncher {

    public static final String JOB_XML = "qrun-primitive";

    private static final Logger LOG = Logger.getLogger(BatchLauncher.class.getName());

    private volatile JobOperator operator;

    public long start(BatchLaunch launch) {
        return operator().start(JOB_XML, launch.parameters());
    }

    /**
     * Stops the job's batch execution if it still runs; a finished one is fine (the job ended
     * meanwhile), and one launched for another job is left alone.
     */
    public void stop(long executionId, String jobId) {
        try {
            if (!BatchLaunch.isExecutionOf(operator().getParameters(executionId), jobId)) {
                LOG.warning(() -> "Batch execution " + executionId + " recorded for job " + jobId
                        + " belongs to another job; not stopping it");
                return;
            }
            operator().stop(executionId);
        } catch (JobExecutionNotRunningException | NoSuchJobExecutionException finished) {
            LOG.fine(() -> "Batch execution " + executionId + " no longer runs: " + finished.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not stop batch execution " + executionId, e);
        }
    }

    /** The execution as the job repository holds it; {@code NoSuchJobExecutionException} when it holds none. */
    public JobExecution execution(long executionId) {
        return operator().getJobExecution(executionId);
    }

    /**
     * Looked up once: {@code BatchRuntime.getJobOperator} runs a service loader over the
     * deployment's class path on every call (about 5 % of the time of the thread that starts a job,
     * in a wall-clock profile of sequential trivial jobs). The operator WildFly hands out is the
     * deployment's and stays valid while it is deployed.
     */
    private JobOperator operator() {
        JobOperator o = operator;
        if (o == null) {
            o = BatchRuntime.getJobOperator();
            operator = o;
        }
        return o;
    }
}
