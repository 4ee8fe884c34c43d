package io.qrun.infrastructure.metrics;

import io.qrun.application.backends.BackendRegistry;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.queue.InstanceSet;
import io.qrun.domain.queue.QueueIndex;
import io.qrun.domain.shared.Times;
import io.qrun.domain.timeline.IntervalKind;
import io.qrun.domain.timeline.QpuRepository;
import io.qrun.domain.workload.WorkloadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The gauges' values, read from the database at most once per {@link #MAX_AGE}: a scrape reads
 * every gauge, and they should agree with each other and cost a few grouped queries (plus one
 * timeline query per QPU), not one query each.
 */
@ApplicationScoped
public class ClusterSnapshots {

    static final Duration MAX_AGE = Duration.ofSeconds(5);

    @Inject
    Reader reader;

    private volatile ClusterSnapshot last;

    /** The latest snapshot, read anew when older than {@link #MAX_AGE}. */
    public ClusterSnapshot current() {
        ClusterSnapshot s = last;
        if (s == null || Duration.between(s.at(), Instant.now()).compareTo(MAX_AGE) > 0) {
            s = reader.read();
            last = s;
        }
        return s;
    }

    /** The reads, in a transaction of their own (a separate bean, so the interceptor applies; a cached value needs none). */
    @ApplicationScoped
    public static class Reader {

        @Inject
        QueueIndex queue;

        @Inject
        QpuRepository qpu;

        @Inject
        WorkloadRepository workloads;

        @Inject
        BackendRegistry backends;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public ClusterSnapshot read() {
            Instant now = Times.now();
            Instant from = now.minus(ClusterSnapshot.WINDOW);
            Map<String, Map<IntervalKind, Double>> held = new HashMap<>();
            Map<String, Long> queued = new HashMap<>();
            for (Backend b : backends.allConfigured()) {
                // the kept counts of queue_counts, as the backends' queue_length: no count of the queue
                queued.put(b.name(), queue.count(b.name(), InstanceSet.allBut(Set.of())));
                if (!b.simulator()) {
                    held.put(b.name(), QpuWindow.heldSeconds(qpu.overlapping(b.name(), from, now), from, now));
                }
            }
            return new ClusterSnapshot(Instant.now(), queued, held, workloads.countByState());
        }
    }
}
