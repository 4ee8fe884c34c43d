package io.qrun.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compaction round on a file database written as QrunDS writes it ({@code WRITE_DELAY=0}: a
 * chunk per commit, no background writer): rows inserted one per commit and then updated leave
 * chunks that are mostly dead, and rounds (each followed by a commit, as the server's traffic makes)
 * bring the fill rate back up. {@code RETENTION_TIME=0}
 * makes every chunk old enough to rewrite at once (QrunDS keeps H2's 45 s).
 */
class H2StoreCompactionTest {

    @TempDir
    Path dir;

    @Test
    void roundsRewriteSparseChunksOfADatabaseWrittenAtEveryCommit() throws SQLException {
        try (Connection c = DriverManager.getConnection(
                "jdbc:h2:file:" + dir.resolve("q") + ";WRITE_DELAY=0;RETENTION_TIME=0", "sa", "sa")) {
            writeAsJobsDo(c, 600);
            int before = H2StoreCompaction.chunksFillRate(c);
            assertTrue(before < 30, "a chunk per commit leaves chunks mostly dead; fill rate " + before + " %");
            int after = before;
            try (PreparedStatement traffic = c.prepareStatement("update job set status = 'Completed' where id = 0")) {
                for (int round = 0; round < 20 && after < H2Housekeeping.TARGET_FILL_RATE; round++) {
                    H2StoreCompaction.compact(c, H2Housekeeping.TARGET_FILL_RATE, H2Housekeeping.BYTES_PER_STEP);
                    // the chunks a round empties are dropped at the next commit, as the server's traffic makes
                    traffic.executeUpdate();
                    c.commit();
                    after = H2StoreCompaction.chunksFillRate(c);
                }
            }
            assertTrue(after >= H2Housekeeping.TARGET_FILL_RATE, "fill rate " + before + " % -> " + after + " %");
            try (Statement s = c.createStatement(); var rs = s.executeQuery("select count(*), min(status), max(status) from job")) {
                rs.next();
                assertTrue(rs.getInt(1) == 600 && "Completed".equals(rs.getString(2)) && "Completed".equals(rs.getString(3)),
                        "every row survives the rewrite");
            }
        }
    }

    @Test
    void onlyAFileDatabaseIsCompacted() throws SQLException {
        try (Connection file = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("f"), "sa", "sa");
                Connection mem = DriverManager.getConnection("jdbc:h2:mem:compaction", "sa", "sa")) {
            assertTrue(H2Housekeeping.isH2File(file));
            assertFalse(H2Housekeeping.isH2File(mem));
        }
    }

    /** Each job: its row inserted in a commit of its own, then its status changed in three more. */
    private static void writeAsJobsDo(Connection c, int jobs) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create table job(id int primary key, status varchar(20), params varchar(2000))");
            s.execute("create index job_status on job(status)");
        }
        c.setAutoCommit(false);
        String params = "p".repeat(1500);
        try (PreparedStatement insert = c.prepareStatement("insert into job values (?, 'Queued', ?)");
                PreparedStatement update = c.prepareStatement("update job set status = ? where id = ?")) {
            for (int j = 0; j < jobs; j++) {
                insert.setInt(1, j);
                insert.setString(2, params);
                insert.executeUpdate();
                c.commit();
                for (String status : new String[] {"Running", "Executing", "Completed"}) {
                    update.setString(1, status);
                    update.setInt(2, j);
                    update.executeUpdate();
                    c.commit();
                }
            }
        }
    }
}
