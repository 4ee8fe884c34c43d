package io.qrun.infrastructure.logging;

import org.jboss.logging.MDC;

/**
 * The job and session (workload) a thread is working for, in the logging MDC under
 * {@value #JOB} and {@value #SESSION}: every log line written in the scope carries them, Qrun's
 * and the libraries' alike. configure-logging.cli prints them in qrun.log as
 * {@code [job=<id> session=<id>]} (session empty in job mode); a JSON formatter shows them as fields.
 *
 * <pre>{@code try (LogContext.Scope ignored = LogContext.job(job.id(), job.sessionId())) { ... } }</pre>
 *
 * Closing the scope restores what the thread had before, so pooled threads never keep a job's ids.
 */
public final class LogContext {

    public static final String JOB = "qrun.job";
    public static final String SESSION = "qrun.session";

    private LogContext() {
    }

    /** What {@link #job} put, undone on close. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Puts the job's ids; {@code sessionId} null (job mode) leaves the session out. */
    public static Scope job(String jobId, String sessionId) {
        Object previousJob = MDC.get(JOB);
        Object previousSession = MDC.get(SESSION);
        set(JOB, jobId);
        set(SESSION, sessionId);
        return () -> {
            set(JOB, previousJob);
            set(SESSION, previousSession);
        };
    }

    private static void set(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
