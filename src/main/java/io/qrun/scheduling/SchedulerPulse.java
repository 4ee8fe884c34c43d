package io.qrun.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each backend's scheduler last completed a pass, and the last failure if the newest pass
 * failed: what the readiness check reads to tell a working scheduler from a stuck one. In memory
 * and per node on purpose: it describes this node's scheduler, not the shared state.
 */
@ApplicationScoped
public class SchedulerPulse {

    /** One backend's latest pass. {@code failure} is null when that pass succeeded. */
    public record Beat(Instant at, String failure) {
    }

    private final Map<String, Beat> beats = new ConcurrentHashMap<>();
    private final Instant started = Instant.now();

    void passed(String backend) {
        beats.put(backend, new Beat(Instant.now(), null));
    }

    void failed(String backend, RuntimeException e) {
        beats.put(backend, new Beat(Instant.now(), e.toString()));
    }

    public Optional<Beat> last(String backend) {
        return Optional.ofNullable(beats.get(backend));
    }

    /** When this node's scheduler started (a backend without a pass yet is judged from here). */
    public Instant started() {
        return started;
    }
}
