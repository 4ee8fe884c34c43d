package io.qrun.infrastructure.metrics;

import io.qrun.application.backends.BackendRegistry;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.job.JobStatus;
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
        JobRepository jobs;

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
            for (Backend b : backends.all()) {
                if (!b.simulator()) {
                    held.put(b.name(), QpuWindow.heldSeconds(qpu.overlapping(b.name(), from, now), from, now));
                }
            }
            return new ClusterSnapshot(Instant.now(), jobs.countPerBackend(JobStatus.QUEUED), held, workloads.countByState());
        }
    }
}
