package io.qrun.engine.primitives;

import java.util.Map;

/**
 * The result of one executed PUB: its JSON object of docs/primitives-engine.md ({"data": ..., "metadata": ...})
 * and the modelled QPU seconds it held the backend (scaled; the per-job overhead is not included,
 * see {@link PrimitiveEngine#jobQpuSeconds}).
 */
public final class PubResult {

    private final int pubIndex;
    private final Map<String, Object> json;
    private final double qpuSeconds;

    public PubResult(int pubIndex, Map<String, Object> json, double qpuSeconds) {
        this.pubIndex = pubIndex;
        this.json = json;
        this.qpuSeconds = qpuSeconds;
    }

    public int pubIndex() {
        return pubIndex;
    }

    public Map<String, Object> json() {
        return json;
    }

    public double qpuSeconds() {
        return qpuSeconds;
    }
}
