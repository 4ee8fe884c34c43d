package io.qrun.application;

import java.util.List;
import java.util.Map;

/** PLACEHOLDER for svc-jobs' record (brief contract); removed when svc-jobs is merged. */
public record SubmitJob(String programId, String backend, Map<String, Object> params, String sessionId,
        List<String> tags, Long cost, boolean privateJob, String logLevel) {}
