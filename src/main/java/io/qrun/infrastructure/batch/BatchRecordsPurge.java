package io.qrun.infrastructure.batch;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the JBeret job repository (its tables in QrunBatchDS's database, configure-batch.cli) from growing without
 * bound: the records of {@code qrun-primitive} executions that ended more than
 * {@code qrun.batch.records-retention-minutes} ago are deleted every
 * {@code qrun.batch.records-purge-interval-seconds}, at most {@value #BATCH} job
 * instances per run; JBeret's own foreign keys cascade from the instance to its execution, steps
 * and partitions (one instance per execution: the job is not restartable). Qrun's job rows keep
 * everything a user sees, so nothing of value goes; the console and the CLI keep showing the
 * recent executions.
 *
 * <p>The cascade looks up children by their parent id, which neither database indexes by itself:
 * migration V15 creates the repository's tables with those indexes at startup (in a database of
 * the repository's own too, io.qrun.infrastructure.persistence.BatchRepositoryTables), so no DDL
 * runs while batch jobs write to the tables. The statement runs on the repository's datasource,
 * outside any transaction (one statement, committed on its own, as JBeret commits its records).
 */
@ApplicationScoped
public class BatchRecordsPurge {

    private static final Logger LOG = Logger.getLogger(BatchRecordsPurge.class.getName());
    static final int BATCH = 1000;

    private static final String PURGE = "DELETE FROM JOB_INSTANCE WHERE JOBINSTANCEID IN ("
            + " SELECT e.JOBINSTANCEID FROM JOB_EXECUTION e JOIN JOB_INSTANCE i ON i.JOBINSTANCEID = e.JOBINSTANCEID"
            + " WHERE i.JOBNAME = ? AND e.ENDTIME < ?"
            + " AND e.BATCHSTATUS IN ('COMPLETED', 'FAILED', 'STOPPED', 'ABANDONED')"
            + " FETCH FIRST " + BATCH + " ROWS ONLY)";

    private DataSource repository;

    @Inject
    @ConfigProperty(name = "qrun.batch.records-retention-minutes", defaultValue = "60")
    Provider<Long> retentionMinutes;

    @Inject
    @ConfigProperty(name = "qrun.batch.records-purge-interval-seconds", defaultValue = "60")
    Provider<Long> intervalSeconds;

    @PostConstruct
    void lookUp() {
        repository = BatchRepositoryDataSource.lookup();
    }

    /** How often the scheduler clock runs {@link #purge}. */
    public Duration interval() {
        return Duration.ofSeconds(Math.max(1, intervalSeconds.get()));
    }

    /** Deletes the records of executions that ended before the retention; returns how many job instances went. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int purge(Instant now) {
        Instant cutoff = now.minus(Duration.ofMinutes(Math.max(0, retentionMinutes.get())));
        try (Connection c = repository.getConnection(); PreparedStatement delete = c.prepareStatement(PURGE)) {
            delete.setString(1, BatchLauncher.JOB_XML);
            delete.setTimestamp(2, Timestamp.from(cutoff));
            int removed = delete.executeUpdate();
            if (removed > 0) {
                LOG.fine(() -> removed + " batch job records that ended before " + cutoff + " purged");
            }
            return removed;
        } catch (SQLException e) {
            // another node deleting the same records at the same moment: the caller goes on and
            // the next run tries again
            LOG.log(Level.FINE, "Batch job records not purged now; the next run tries again", e);
            throw new IllegalStateException("Batch job records not purged: " + e.getMessage(), e);
        }
    }
}
