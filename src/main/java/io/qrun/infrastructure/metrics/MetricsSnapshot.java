package io.qrun.infrastructure.metrics;

import io.qrun.application.backends.BackendRegistry;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.job.JobRepository;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.shared.Times;
import io.qrun.domain.timeline.QpuInterval;
import io.qrun.domain.timeline.QpuRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What the gauges show, read from the database at most once per {@link #MAX_AGE}: one scrape reads
 * every gauge, and they should agree with each other and cost a handful of queries, not one each.
 */
@ApplicationScoped
public class MetricsSnapshot {

    /** The window of the QPU utilisation and idle gauges. */
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final Duration MAX_AGE = Duration.ofSeconds(2);

    private volatile Values values;

    /** The gauges' values at one moment. */
    record Values(Instant at, Map<JobStatus, Long> byStatus, Map<String, Long> queued, Map<String, Double> busy) {

        double jobs(JobStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }

        double queued(String backend) {
            return queued.getOrDefault(backend, 0L);
        }

        double utilization(String backend) {
            return busy.getOrDefault(backend, 0.0) / WINDOW.toSeconds();
        }

        double idleSeconds(String backend) {
            return WINDOW.toSeconds() - busy.getOrDefault(backend, 0.0);
        }
    }

    Values current() {
        Values v = values;
        if (v == null || Duration.between(v.at(), Instant.now()).compareTo(MAX_AGE) > 0) {
            v = reader.read();
            values = v;
        }
        return v;
    }

    @Inject
    Reader reader;

    /** The database reads, in their own transaction (a separate bean, so the interceptor applies). */
    @ApplicationScoped
    public static class Reader {

        @Inject
        JobRepository jobs;

        @Inject
        QpuRepository qpu;

        @Inject
        BackendRegistry backends;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Values read() {
            Instant now = Times.now();
            Instant from = now.minus(WINDOW);
            Map<String, Long> queued = new HashMap<>();
            Map<String, Double> busy = new HashMap<>();
            for (Backend b : backends.all()) {
                queued.put(b.name(), jobs.count(b.name(), JobStatus.QUEUED));
                double held = 0;
                for (QpuInterval i : qpu.overlapping(b.name(), from, now)) {
                    Instant start = i.start().isBefore(from) ? from : i.start();
                    Instant end = i.end() == null || i.end().isAfter(now) ? now : i.end();
                    held += Math.max(0, Times.secondsBetween(start, end));
                }
                busy.put(b.name(), Math.min(held, WINDOW.toSeconds()));
            }
            return new Values(Instant.now(), jobs.countByStatus(), queued, busy);
        }
    }
}
