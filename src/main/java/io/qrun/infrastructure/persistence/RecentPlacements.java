package io.qrun.infrastructure.persistence;

import io.qrun.domain.job.JobRepository.Placement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The placements (backend, session) of the jobs this node handled last. A job's placement is set
 * at submission and never changes, so a copy cannot go stale on any node; it is asked for by every
 * transaction of a job (the lock order) and by the log context of every thread that works on one,
 * several times per job. Bounded: the least recently used go first.
 */
final class RecentPlacements {

    private final Map<String, Placement> byJob;

    RecentPlacements(int capacity) {
        this.byJob = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Placement> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<Placement> get(String jobId) {
        return Optional.ofNullable(byJob.get(jobId));
    }

    synchronized void put(String jobId, Placement placement) {
        byJob.put(jobId, placement);
    }

    synchronized int size() {
        return byJob.size();
    }
}
