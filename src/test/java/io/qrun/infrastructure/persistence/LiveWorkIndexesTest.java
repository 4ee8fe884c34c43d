package io.qrun.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reads of live work (Running jobs, active sessions) that the server makes on every clock tick
 * or scheduler pass are index ranges, never scans of every job or workload ever run (the tables
 * only grow): H2's plans of the same where clauses as {@link JpaJobRepository}'s and
 * {@link JpaWorkloadRepository}'s queries, on the schema the migrations make.
 */
class LiveWorkIndexesTest {

    private static Connection connection;

    @BeforeAll
    static void migrate() throws SQLException {
        connection = MigratedH2.migrated("live_work_indexes").getConnection();
    }

    @AfterAll
    static void drop() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("drop all objects");
        }
        connection.close();
    }

    @Test
    void theRunningJobsOfEveryBackendAreAnIndexRange() throws SQLException {
        // OrphanReaper (every tick), StoredDeadlines: withStatus
        assertIndexed("select * from jobs where status = 'Running' order by created", "JOBS_STATUS_PHASE");
        // Nodes: runningOnNodes
        assertIndexed("select * from jobs where status = 'Running' and (node_id in ('n1') or node_id is null)"
                + " order by created", "JOBS_STATUS_PHASE");
        // Planner, when a workload's queued jobs start: countWorkloadJobsInPhase
        assertIndexed("select count(*) from jobs where session_id is not null and status = 'Running'"
                + " and phase = 'PREPROCESSING'", "JOBS_STATUS_PHASE");
    }

    @Test
    void theActiveSessionsAreAnIndexRange() throws SQLException {
        // Executions.usageCheck, every tick: search(null, ACTIVE, DEDICATED)
        assertIndexed("select * from workloads where state = 'ACTIVE' and mode = 'DEDICATED'"
                + " order by created desc, id desc", "WORKLOADS_STATE_MODE");
    }

    @Test
    void aBackendsQueueIsStillReadThroughTheQueueIndexes() throws SQLException {
        assertIndexed("select count(*) from jobs where backend = 'qpu' and status = 'Queued'", "JOBS_QUEUE_");
        // a backend's ready jobs: a short range of either index (both begin with two of its equalities)
        assertIndexed("select * from jobs where backend = 'qpu' and status = 'Running' and phase = 'READY'"
                + " order by ready_at, id", "JOBS_");
    }

    private static void assertIndexed(String query, String index) throws SQLException {
        String plan;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("explain " + query)) {
            rs.next();
            plan = rs.getString(1);
        }
        assertTrue(plan.contains("PUBLIC." + index) && !plan.contains("tableScan"), query + "\n" + plan);
    }
}
