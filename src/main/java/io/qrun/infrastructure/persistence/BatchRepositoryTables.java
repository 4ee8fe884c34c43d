package io.qrun.infrastructure.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The JBeret job repository's tables and the purge's indexes in the repository's own database
 * (QrunBatchDS on H2 is a second database): migration V15's script for the vendor, run at startup
 * before any batch job, as V15 runs it in Qrun's database. Every statement of V15 is written to run
 * again on a database that has them ({@code IF NOT EXISTS}), so no history is kept: on a database
 * that JBeret itself gave its tables only the indexes are added. Where QrunBatchDS is Qrun's own
 * database (PostgreSQL) nothing is run: Flyway applied V15 there.
 */
final class BatchRepositoryTables {

    private static final Logger LOG = Logger.getLogger(BatchRepositoryTables.class.getName());
    static final String SCRIPT = "db/vendor/%s/V15__batch_job_repository.sql";

    private BatchRepositoryTables() {
    }

    /** Creates what is missing in {@code batch} unless it is the database of {@code qrun}; returns whether it ran. */
    static boolean ensure(DataSource qrun, DataSource batch, String vendor, ClassLoader classLoader) {
        try (Connection b = batch.getConnection()) {
            String batchUrl = b.getMetaData().getURL();
            try (Connection q = qrun.getConnection()) {
                if (Objects.equals(q.getMetaData().getURL(), batchUrl)) {
                    return false;
                }
            }
            // outside any transaction (SchemaMigrator manages its own): each statement commits itself
            try (Statement s = b.createStatement()) {
                for (String sql : statements(script(vendor, classLoader))) {
                    s.execute(sql);
                }
            }
            LOG.info(() -> "Batch job repository tables and indexes checked in " + batchUrl);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the batch job repository's tables in "
                    + "java:jboss/datasources/QrunBatchDS: " + e.getMessage()
                    + ". Check the datasource (wildfly-config/configure-datasource-h2.cli).", e);
        }
    }

    private static String script(String vendor, ClassLoader classLoader) {
        String name = String.format(SCRIPT, vendor);
        try (InputStream in = classLoader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of a script whose comments are whole {@code --} lines and whose statements end with {@code ;}. */
    static List<String> statements(String script) {
        StringBuilder code = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                code.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String s : code.toString().split(";")) {
            if (!s.isBlank()) {
                statements.add(s.strip());
            }
        }
        return statements;
    }
}
