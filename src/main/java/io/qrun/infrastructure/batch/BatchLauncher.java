package io.qrun.infrastructure.batch;

import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts and stops the {@code qrun-primitive} Jakarta Batch job. The job id is the only job
 * parameter: the JDBC job repository keeps parameters in VARCHAR(3000), and everything else
 * is in the job row anyway.
 */
@ApplicationScoped
public class BatchLauncher {

    public static final String JOB_XML = "qrun-primitive";
    public static final String JOB_ID_PARAMETER = "jobId";

    private static final Logger LOG = Logger.getLogger(BatchLauncher.class.getName());

    public long start(String jobId) {
        Properties parameters = new Properties();
        parameters.setProperty(JOB_ID_PARAMETER, jobId);
        return operator().start(JOB_XML, parameters);
    }

    /** Stops the batch execution if it still runs; a finished one is fine (the job ended meanwhile). */
    public void stop(long executionId) {
        try {
            operator().stop(executionId);
        } catch (JobExecutionNotRunningException | NoSuchJobExecutionException finished) {
            LOG.fine(() -> "Batch execution " + executionId + " no longer runs: " + finished.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not stop batch execution " + executionId, e);
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
