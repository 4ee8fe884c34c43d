package io.qrun.infrastructure.persistence;

import io.qrun.domain.instance.InstanceShare;
import io.qrun.domain.job.JobStatus;
import io.qrun.domain.timeline.QpuInterval;
import io.qrun.domain.timeline.WindowUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link WindowUsage} on {@code window_usage} and {@code window_start} (V17), in the caller's transaction. The
 * invariant: an instance's {@code micros} is the sum of {@code counted_micros} over its intervals that started at
 * or after the window start. A close, a cancel and a move of the start change the sums only with the window
 * start's row locked, so they keep it whichever nodes they run on; that lock is held only by transactions that
 * end a QPU interval or cancel a job that held the QPU. Every close moves the start to the window's start of the
 * moment, so a read has few intervals to correct by: those that started between the kept start and its own.
 */
@ApplicationScoped
public class JpaWindowUsage implements WindowUsage {

    private static final String COUNTED_BETWEEN = "select i.instanceId, sum(i.countedMicros) from QpuInterval i"
            + " where i.start >= :from and i.start < :to and i.countedMicros is not null group by i.instanceId";

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    @Override
    public void closed(QpuInterval interval, Instant windowStart) {
        WindowStartRow start = lockStart();
        moveTo(start, windowStart);
        long micros = interval.count();
        if (!interval.start().isBefore(start.start())) {
            add(interval.instanceId(), micros);
        }
    }

    @Override
    public void cancelled(String jobId) {
        // the caller holds the job's lock, and only a transaction holding it closes the job's intervals
        List<QpuInterval> counted = em.createQuery("select i from QpuInterval i where i.jobId = :j"
                + " and i.countedMicros is not null", QpuInterval.class).setParameter("j", jobId).getResultList();
        if (counted.isEmpty()) {
            return;
        }
        WindowStartRow start = lockStart();
        for (QpuInterval i : counted) {
            if (!i.start().isBefore(start.start())) {
                add(i.instanceId(), -i.countedMicros());
            }
            i.uncount();
        }
    }

    @Override
    public Map<String, Used> since(Instant since, Instant now) {
        // the sums and their start in one statement, so one snapshot (a move of the start committed
        // between two reads would be taken away twice), with each instance's share
        List<Object[]> kept = em.createQuery("select w.start, u.instanceId, u.micros, i.share,"
                + " case when i.usageLimitSeconds is null then false else true end from WindowStartRow w"
                + " left join WindowUsageRow u on u.micros <> 0 left join Instance i on i.id = u.instanceId",
                Object[].class).getResultList();
        Map<String, Long> micros = new HashMap<>();
        Map<String, InstanceShare> shares = new HashMap<>();
        Instant start = (Instant) kept.get(0)[0];
        for (Object[] row : kept) {
            if (row[1] != null) {
                micros.put((String) row[1], (Long) row[2]);
                if (row[3] != null) {
                    shares.put((String) row[1], new InstanceShare((String) row[1], (Double) row[3], (Boolean) row[4]));
                }
            }
        }
        if (!since.equals(start)) {
            boolean later = since.isAfter(start);
            for (Object[] row : countedBetween(later ? start : since, later ? since : start)) {
                long sum = (Long) row[1];
                micros.merge((String) row[0], later ? -sum : sum, Long::sum);
            }
        }
        Map<String, Double> seconds = new HashMap<>();
        micros.forEach((id, m) -> {
            if (m != 0) {
                seconds.put(id, m / 1e6);
            }
        });
        // open intervals count up to now: one per held QPU at most (qpu_intervals_open)
        List<Object[]> open = em.createQuery("select i.instanceId, i.start, i.end from QpuInterval i"
                        + " where i.end is null and i.instanceId is not null and i.start >= :since"
                        + " and (i.jobId is null or not exists (select j.id from Job j where j.id = i.jobId"
                        + " and j.status = :c))", Object[].class)
                .setParameter("since", since).setParameter("c", JobStatus.CANCELLED).getResultList();
        for (Object[] row : open) {
            double s = QpuInterval.seconds((Instant) row[1], (Instant) row[2], now);
            if (s != 0) {
                seconds.merge((String) row[0], s, Double::sum);
            }
        }
        Map<String, Used> used = new HashMap<>();
        seconds.forEach((id, s) -> used.put(id, new Used(s, shares.get(id))));
        return used;
    }

    private WindowStartRow lockStart() {
        return Locking.forUpdate(em, WindowStartRow.class, WindowStartRow.ID);
    }

    /** Moves the kept start, either way: the intervals between the two leave the sums or join them. */
    private void moveTo(WindowStartRow start, Instant target) {
        if (target.equals(start.start())) {
            return;
        }
        boolean later = target.isAfter(start.start());
        for (Object[] row : countedBetween(later ? start.start() : target, later ? target : start.start())) {
            long sum = (Long) row[1];
            add((String) row[0], later ? -sum : sum);
        }
        start.moveTo(target);
    }

    private List<Object[]> countedBetween(Instant from, Instant to) {
        return em.createQuery(COUNTED_BETWEEN, Object[].class).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    private void add(String instanceId, long micros) {
        WindowUsageRow row = em.find(WindowUsageRow.class, instanceId);
        if (row == null) {
            row = new WindowUsageRow(instanceId);  // no other transaction inserts it: the window start is locked
            em.persist(row);
        }
        row.add(micros);
    }
}
