package io.qrun.domain.job;

import io.qrun.domain.queue.QueuedJob;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Jobs and their events, results and log lines. Callers bring the transaction. Implemented with JPA in infrastructure.persistence. */
public interface JobRepository {

    Optional<Job> find(String id);

    /** The job, with a database lock against concurrent status changes in other transactions. */
    Optional<Job> findForUpdate(String id);

    void add(Job job);

    void addEvent(JobEvent event);

    void addLog(JobLogLine line);

    void delete(Job job);

    List<JobEvent> events(String jobId);

    List<JobLogLine> logs(String jobId);

    Optional<JobResultRecord> result(String jobId);

    void addResult(JobResultRecord result);

    void deleteResult(JobResultRecord result);

    /** Queued jobs of a backend, as the picker needs them. */
    List<QueuedJob> queued(String backend);

    long count(String backend, JobStatus status);

    List<Job> withStatus(JobStatus status);

    List<Job> byIds(List<String> ids);

    /**
     * QPU seconds charged per instance for jobs started since {@code since} (usage belongs to when
     * the job took the QPU, and counts as soon as the QPU is released, before postprocessing ends);
     * status Cancelled does not count (the fair-share rule), Cancelled - Ran too long does.
     */
    Map<String, Double> fairShareUsageSince(Instant since);

    /**
     * QPU seconds charged to an instance for jobs started in [from, to): what counts against its
     * limit (every charged job, cancelled ones included: they held the QPU).
     */
    double chargedBetween(String instanceId, Instant from, Instant to);

    /** One page of GET /jobs; {@code instanceId} null means every instance (an admin's view). */
    List<Job> search(String instanceId, JobQuery q);

    long count(String instanceId, JobQuery q);
}
