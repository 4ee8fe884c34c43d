package io.qrun.application.port;

import io.qrun.domain.backend.Backend;
import java.util.Map;

/**
 * The submission-time check of a job's primitive params (shape, limits, options, QASM syntax),
 * done by the engine. A violation is a QrunException with code {@code invalid_params} whose message
 * starts with the path of the bad value (e.g. "params.pubs[2][1].theta: ...").
 */
public interface ParamsValidator {
    void validate(String programId, Map<String, Object> params, Backend backend);

    /** The most PUBs one job may carry. */
    int maxPubsPerJob();
}
