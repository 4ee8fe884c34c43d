package io.qrun.infrastructure.batch;

import java.util.Objects;
import java.util.Properties;

/**
 * The job parameters of one {@code qrun-primitive} execution: the Qrun job id (all the steps
 * need) and what lets an operator recognise the execution in the admin console and the CLI:
 * program, backend, execution mode ({@code job}, {@code batch} or {@code dedicated}) and the
 * session or batch id. Short values only: the JDBC job repository keeps parameters in
 * VARCHAR(3000).
 */
public record BatchLaunch(String jobId, String program, String backend, String mode, String sessionId) {

    public static final String JOB_ID = "jobId";
    public static final String PROGRAM = "program";
    public static final String BACKEND = "backend";
    public static final String MODE = "mode";
    public static final String SESSION_ID = "sessionId";

    public BatchLaunch {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(mode, "mode");
    }

    public Properties parameters() {
        Properties p = new Properties();
        p.setProperty(JOB_ID, jobId);
        p.setProperty(PROGRAM, program);
        p.setProperty(BACKEND, backend);
        p.setProperty(MODE, mode);
        if (sessionId != null) {
            p.setProperty(SESSION_ID, sessionId);
        }
        return p;
    }

    /**
     * Whether the execution was launched for the job: an execution id recorded in a job row may
     * name another job's execution after the repository lost its last records (PostgreSQL
     * restarted, its asynchronous commits not flushed) and handed the id out again.
     */
    public static boolean isExecutionOf(Properties executionParameters, String jobId) {
        return executionParameters != null && jobId.equals(executionParameters.getProperty(JOB_ID));
    }

    /**
     * What the execution's exit status says (the CLI and the console show it beside the batch
     * status): {@code qrun job <id>: sampler on qrun_ideal, batch s-...}.
     */
    public static String exitStatus(String jobId, String program, String backend, String mode, String sessionId) {
        return "qrun job " + jobId + ": " + program + " on " + backend + ", " + mode
                + (sessionId == null || sessionId.isEmpty() ? "" : " " + sessionId);
    }
}
