package io.qrun.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Keeps Qrun's H2 database file from growing without bound: every second, one bounded round
 * of {@link H2StoreCompaction} on QrunDS. Does nothing on PostgreSQL (its autovacuum does this
 * job), and nothing on a database that is not in a file.
 *
 * <p>A step rewrites about {@link #BYTES_PER_STEP} of live pages, holding H2's store lock meanwhile
 * (commits wait for it), so steps are small and frequent rather than rare and long. At full load
 * (about 100 jobs/s on two cores) the file grows by about 10 MB/s of chunks, of which a few
 * percent stay live: a round of up to four steps a second keeps up with that.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class H2Housekeeping {

    private static final Logger LOG = Logger.getLogger(H2Housekeeping.class.getName());

    /** Chunks fuller than this are left as they are (H2's background writer aims at about as much). */
    static final int TARGET_FILL_RATE = 50;

    /** The live bytes one step rewrites at least, when there are chunks to rewrite. */
    static final int BYTES_PER_STEP = 1 << 20;

    @Resource(lookup = "java:jboss/datasources/QrunDS")
    DataSource qrun;

    private volatile boolean off;

    /** Steps of one round: each takes and releases H2's store lock, so commits go on between them. */
    static final int STEPS_PER_ROUND = 4;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "H2 chunk compaction")
    void round() {
        if (off) {
            return;
        }
        try (Connection c = qrun.getConnection()) {
            if (!isH2File(c)) {
                off = true;
                return;
            }
            for (int step = 0; step < STEPS_PER_ROUND && H2StoreCompaction.compact(c, TARGET_FILL_RATE, BYTES_PER_STEP); step++) {
                // the next step, while there are sparse chunks left
            }
        } catch (LinkageError noH2Module) {
            off = true;
            LOG.log(Level.WARNING, "QrunDS is on H2 but the deployment cannot see the io.qrun.h2 module"
                    + " (configure-datasource-h2.cli adds it); the database file is not compacted", noH2Module);
        } catch (SQLException | RuntimeException e) {
            // a failed round costs only disk space; the next one tries again
            LOG.log(Level.WARNING, "H2 chunk compaction failed; the database file may grow until it succeeds", e);
        }
    }

    static boolean isH2File(Connection c) throws SQLException {
        return "H2".equals(c.getMetaData().getDatabaseProductName()) && c.getMetaData().getURL().startsWith("jdbc:h2:file:");
    }
}
