package io.qrun.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The insert of a stripe that two first changes of an instance's count race on (V16's table, on
 * H2 as the migrations make it): the one that comes second waits for the first's commit and
 * answers false instead of throwing, and the row keeps what the first one's transaction counted.
 */
class QueueCountRowsTest {

    private static DataSource database;

    private Connection first;
    private Connection second;

    @BeforeAll
    static void migrate() {
        database = MigratedH2.migrated("queue_count_rows");
    }

    @BeforeEach
    void connect() throws SQLException {
        first = database.getConnection();
        second = database.getConnection();
        first.setAutoCommit(false);
        second.setAutoCommit(false);
    }

    @AfterEach
    void clear() throws SQLException {
        first.rollback();
        second.rollback();
        try (Statement s = first.createStatement()) {
            s.executeUpdate("delete from queue_counts");
        }
        first.commit();
        first.close();
        second.close();
    }

    @Test
    void theSecondOfTwoConcurrentInsertsWaitsForTheFirstAndAnswersFalse() throws Exception {
        assertTrue(QueueCountRows.insertAtZero(first, "qpu", "inst", 7));
        CompletableFuture<Boolean> racing = CompletableFuture.supplyAsync(() -> {
            try {
                return QueueCountRows.insertAtZero(second, "qpu", "inst", 7);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try (Statement s = first.createStatement()) {
            s.executeUpdate("update queue_counts set queued = queued + 1 where stripe = 7");
        }
        first.commit();
        assertFalse(racing.get(60, TimeUnit.SECONDS));
        second.rollback();
        assertEquals(1, queued(7));
        // another stripe of the same instance is a row of its own
        assertTrue(QueueCountRows.insertAtZero(second, "qpu", "inst", 8));
        second.commit();
        assertEquals(0, queued(8));
    }

    @Test
    void aViolationOtherThanTheDuplicateKeyIsThrown() {
        // a missing backend is an integrity violation too (23502), not a row another transaction made
        SQLException e = assertThrows(SQLException.class, () -> QueueCountRows.insertAtZero(first, null, "inst", 0));
        assertEquals("23502", e.getSQLState());
    }

    private long queued(int stripe) throws SQLException {
        try (Statement s = first.createStatement();
                ResultSet rs = s.executeQuery("select queued from queue_counts where stripe = " + stripe)) {
            assertTrue(rs.next(), "stripe " + stripe);
            return rs.getLong(1);
        }
    }
}
