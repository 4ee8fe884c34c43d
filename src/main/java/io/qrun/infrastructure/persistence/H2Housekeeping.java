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
 * (commits wait for it), so steps are small and frequent rather than rare and long. What this does
 * to the file at full load is measured in docs/operations.md ("H2: the database file").
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

    /** Steps of one round: each takes and releases H2's store lock, so commits go on between them. */
    static final int STEPS_PER_ROUND = 4;

    @Resource(lookup = "java:jboss/datasources/QrunDS")
    DataSource qrun;

    /** Set for good when QrunDS is not an H2 file database, or the H2 module is not visible. */
    private volatile boolean off;

    /** Whether the last round failed: a failure is logged once, not every second. */
    private volatile boolean failing;

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
            for (int step = 0; step < STEPS_PER_ROUND; step++) {
                if (!H2StoreCompaction.compact(c, TARGET_FILL_RATE, BYTES_PER_STEP)) {
                    break; // no sparse chunk old enough to rewrite
                }
            }
            if (failing) {
                failing = false;
                LOG.info("H2 chunk compaction works again");
            }
        } catch (LinkageError noH2Module) {
            off = true;
            LOG.log(Level.WARNING, "QrunDS is on H2 but the deployment cannot see the io.qrun.h2 module"
                    + " (configure-datasource-h2.cli adds it); the database file is not compacted", noH2Module);
        } catch (SQLException | RuntimeException e) {
            // a failed round costs only disk space; the next one tries again
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "H2 chunk compaction failed; the database file may grow until it succeeds"
                        + " (retried every second, logged again when it works)", e);
            }
        }
    }

    static boolean isH2File(Connection c) throws SQLException {
        return "H2".equals(c.getMetaData().getDatabaseProductName()) && c.getMetaData().getURL().startsWith("jdbc:h2:file:");
    }
}
