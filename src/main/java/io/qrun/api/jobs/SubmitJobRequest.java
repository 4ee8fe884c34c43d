package io.qrun.api.jobs;

import io.qrun.api.json.RequestJson;
import io.qrun.application.InputErrors;
import io.qrun.application.jobs.SubmitJob;
import java.util.List;
import java.util.Set;

/**
 * Reads the body of {@code POST /jobs} into a {@link SubmitJob}, checking JSON types only: a field
 * of the wrong type is {@code invalid_field} naming it, an unknown field {@code unknown_field}.
 * What the values mean (program, backend, tags, cost, log level, params present) is checked once,
 * by {@link io.qrun.application.jobs.SubmissionRules}; what is inside {@code params} by the engine.
 *
 * <p>{@code runtime}, {@code start_session} and {@code session_time} are fields the Qiskit client
 * sends: accepted and ignored (docs/errors.md, unknown_field, says so). {@code calibration_id} is
 * read: the job runs with that calibration of its backend.
 */
public final class SubmitJobRequest {

    static final Set<String> READ_FIELDS = Set.of("program_id", "backend", "params", "session_id", "tags", "cost",
            "private", "log_level", "calibration_id");
    /** Sent by the Qiskit client and accepted without effect. */
    static final Set<String> IGNORED_FIELDS = Set.of("runtime", "start_session", "session_time");
    static final Set<String> FIELDS = union(READ_FIELDS, IGNORED_FIELDS);

    private SubmitJobRequest() {}

    public static SubmitJob parse(String body) {
        RequestJson json = RequestJson.parse(body, false).allowOnly(FIELDS);
        return new SubmitJob(
                json.optionalString("program_id").orElse(null),
                json.optionalString("backend").orElse(null),
                json.optionalObject("params").orElse(null),
                json.optionalString("session_id").orElse(null),
                json.optionalStringList("tags").orElse(null),
                json.optionalLong("cost").orElse(null),
                json.optionalBoolean("private").orElse(false),
                json.optionalString("log_level").orElse(null),
                json.optionalString("calibration_id").orElse(null));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** The body of {@code PUT /jobs/{id}/tags}: {@code {"tags": [...]}}; the limits are the submission's. */
    public static List<String> replacementTags(String body) {
        RequestJson json = RequestJson.parse(body, false).allowOnly(Set.of("tags"));
        return json.optionalStringList("tags").orElseThrow(() -> InputErrors.missingField("tags",
                "give the new list of tags, e.g. {\"tags\": [\"experiment-1\"]} ([] removes all)."));
    }
}
