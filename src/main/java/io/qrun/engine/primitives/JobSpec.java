package io.qrun.engine.primitives;

import java.util.List;
import java.util.Map;

/**
 * Everything {@link PrimitiveEngine#validate} learned about a job: its primitive, its params as
 * given, the validated options and every PUB decoded (circuit parsed, values and observables
 * broadcast). In memory only: after a restart the service validates the stored params again.
 *
 * @param programId "sampler" or "estimator"
 */
public record JobSpec(String programId, int numPubs, Map<String, Object> params, PrimitiveOptions options,
        List<DecodedPub> pubs) {

    public JobSpec {
        pubs = List.copyOf(pubs);
    }

    public boolean isEstimator() {
        return "estimator".equals(programId);
    }

    public DecodedPub pub(int index) {
        if (index < 0 || index >= pubs.size()) {
            throw new IndexOutOfBoundsException("the job has " + pubs.size() + " PUBs; there is no PUB " + index);
        }
        return pubs.get(index);
    }

    /** The seed the job asked for, or null when the service must choose one. */
    public Long requestedSeed() {
        return options.seedFor(programId);
    }
}
