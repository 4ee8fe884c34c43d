package io.qrun.infrastructure.batch;

import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The datasource of the JBeret job repository: {@code QrunBatchDS} (its own H2 database, or
 * Qrun's PostgreSQL database on sessions that do not wait for the flush;
 * configure-datasource-h2.cli, configure-postgresql.cli), or {@code QrunDS} on a server configured
 * before QrunBatchDS existed, where configure-batch.cli left the repository on QrunDS.
 */
public final class BatchRepositoryDataSource {

    public static final String JNDI_NAME = "java:jboss/datasources/QrunBatchDS";
    static final String FALLBACK = "java:jboss/datasources/QrunDS";

    private static final Logger LOG = Logger.getLogger(BatchRepositoryDataSource.class.getName());

    private BatchRepositoryDataSource() {
    }

    public static DataSource lookup() {
        try {
            InitialContext context = new InitialContext();
            try {
                return (DataSource) context.lookup(JNDI_NAME);
            } catch (NamingException missing) {
                LOG.warning(() -> "No " + JNDI_NAME + ": the batch job records are kept in QrunDS, each commit"
                        + " flushed. Run wildfly-config/configure-datasource-h2.cli (or configure-postgresql.cli)"
                        + " and configure-batch.cli again to give them their own datasource.");
                return (DataSource) context.lookup(FALLBACK);
            }
        } catch (NamingException e) {
            throw new IllegalStateException("Neither " + JNDI_NAME + " nor " + FALLBACK + " is bound: " + e.getMessage(), e);
        }
    }
}
