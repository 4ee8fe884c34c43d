package io.qrun.application.jobs;

import java.util.List;
import java.util.Map;

/**
 * A job submission as the REST layer parsed it (POST /jobs). {@code params} is the JSON tree of
 * the body's "params"; {@code cost} is seconds (null = the operator's cap); {@code logLevel} one
 * of critical|error|warning|info|debug or null; {@code calibrationId} names the backend calibration
 * to run with (null: the current one).
 */
public record SubmitJob(String programId, String backend, Map<String, Object> params, String sessionId,
                        List<String> tags, Long cost, boolean privateJob, String logLevel,
                        String calibrationId) {
    public SubmitJob(String programId, String backend, Map<String, Object> params, String sessionId,
                     List<String> tags, Long cost, boolean privateJob, String logLevel) {
        this(programId, backend, params, sessionId, tags, cost, privateJob, logLevel, null);
    }

}
