package io.qrun.domain.job;

import io.qrun.domain.queue.QueuedJob;
import java.util.List;
import java.util.Optional;

/** Jobs and their events, results and log lines. Callers bring the transaction. Implemented with JPA in infrastructure.persistence. */
public interface JobRepository {

    Optional<Job> find(String id);

    /** A job's backend and workload, read without loading the job row. */
    Optional<Placement> placement(String id);

    /** Where a job runs. */
    record Placement(String backend, String sessionId) {
    }

    /** The job, with a database lock against concurrent status changes in other transactions. */
    Optional<Job> findForUpdate(String id);

    void add(Job job);

    void addEvent(JobEvent event);

    void addLog(JobLogLine line);

    void delete(Job job);

    List<JobEvent> events(String jobId);

    List<JobLogLine> logs(String jobId);

    Optional<JobResultRecord> result(String jobId);

    /** Whether the job has a stored result, without reading it. */
    boolean hasResult(String jobId);

    void addResult(JobResultRecord result);

    void deleteResult(JobResultRecord result);

    /** Queued jobs of a backend, as the picker needs them. */
    List<QueuedJob> queued(String backend);

    long count(String backend, JobStatus status);

    List<Job> withStatus(JobStatus status);

    List<Job> byIds(List<String> ids);

    /** A workload's jobs in {@code status}, oldest first. */
    List<Job> ofSession(String sessionId, JobStatus status);

    long countOfSession(String sessionId, JobStatus status);

    /** Running jobs of any session or batch in {@code phase}. */
    long countWorkloadJobsInPhase(JobPhase phase);

    /** A backend's jobs waiting for the QPU, in the order they became ready. */
    List<Job> ready(String backend);

    /** An instance's jobs holding a QPU now (on any backend): their reservations count against its usage. */
    List<Job> executingOfInstance(String instanceId);

    /** Running jobs worked on by these nodes (or by no node), oldest first. */
    List<Job> runningOnNodes(List<String> nodeIds);

    /** One page of GET /jobs; {@code instanceId} null means every instance (an admin's view). */
    List<Job> search(String instanceId, JobQuery q);

    long count(String instanceId, JobQuery q);
}
