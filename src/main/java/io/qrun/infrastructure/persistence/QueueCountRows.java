package io.qrun.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.hibernate.Session;

/**
 * Inserts a stripe of an instance's {@code queue_counts} on a backend, at 0, in a transaction of its own,
 * committed at once, so the row is there for the caller's update. When another transaction
 * inserted it first (two first submissions of an instance at once), the insert fails on the key:
 * that is expected, so the insert is plain JDBC and the duplicate key (SQLState 23505) is
 * answered by rolling this transaction back, without Hibernate logging it as an error.
 */
@ApplicationScoped
public class QueueCountRows {

    /** SQLState of a unique key violation, the same in H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** The row is there when this returns: inserted now, or by another transaction before. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(String backend, String instanceId, int stripe) {
        if (!em.unwrap(Session.class).doReturningWork(c -> insertAtZero(c, backend, instanceId, stripe))) {
            // PostgreSQL has aborted the transaction at the failed statement; end it as a rollback
            transaction.setRollbackOnly();
        }
    }

    /** @return false when the row was there (a duplicate key); any other failure is thrown. */
    static boolean insertAtZero(Connection connection, String backend, String instanceId, int stripe)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into queue_counts (backend, instance_id, stripe, queued) values (?, ?, ?, 0)")) {
            insert.setString(1, backend);
            insert.setString(2, instanceId);
            insert.setInt(3, stripe);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }
}
