package io.qrun.infrastructure.persistence;

import io.qrun.infrastructure.batch.BatchRepositoryDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything else touches it. Every startup bean that
 * uses the database declares {@code @DependsOn("SchemaMigrator")}.
 *
 * <p>Migrations: {@code db/migration} holds portable SQL; {@code db/vendor/h2} and
 * {@code db/vendor/postgresql} hold the scripts whose column types differ (both folders must have
 * the same version numbers). This class replaces {@code {vendor}} in the locations with the
 * database's vendor (Flyway itself does not; Spring Boot's {vendor} is Spring's). Version ranges: accounts and backends V1..V9,
 * jobs and scheduling V10..V19, workloads V20..V29.
 *
 * <p>Table names must not clash with the server's own tables in the same schema: JBeret's
 * JOB_INSTANCE, JOB_EXECUTION, STEP_EXECUTION, PARTITION_EXECUTION and the timer store's
 * JBOSS_EJB_TIMER.
 *
 * <p>The JBeret job repository may have a database of its own (QrunBatchDS on H2): its tables and
 * indexes are made there too ({@link BatchRepositoryTables}).
 *
 * <p>Bean-managed transactions: Flyway commits each migration itself on its own connections; a
 * container transaction around it would enlist those connections and hold locks until the end.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    public static final String[] LOCATIONS = {"classpath:db/migration", "classpath:db/vendor/{vendor}"};

    @Resource(lookup = "java:jboss/datasources/QrunDS")
    DataSource dataSource;

    private int appliedAtStartup;

    @PostConstruct
    void migrate() {
        MigrateResult result = migrate(dataSource, SchemaMigrator.class.getClassLoader());
        appliedAtStartup = result.migrationsExecuted;
        LOG.info(() -> "Qrun schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now, database " + result.database + ")");
        BatchRepositoryTables.ensure(dataSource, BatchRepositoryDataSource.lookup(), vendor(dataSource),
                SchemaMigrator.class.getClassLoader());
    }

    /** Runs the migrations on any data source (also used by tests outside the server). */
    public static MigrateResult migrate(DataSource dataSource, ClassLoader classLoader) {
        String vendor = vendor(dataSource);
        String[] locations = new String[LOCATIONS.length];
        for (int i = 0; i < locations.length; i++) {
            locations[i] = LOCATIONS[i].replace("{vendor}", vendor);
        }
        Flyway flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(locations)
                .failOnMissingLocations(false)
                // JBeret's job repository and the EJB timer store create their tables in QrunDS when
                // the server starts, before this deployment: the schema is never empty on a new
                // database. Baseline at 0 so that V1 and later still run.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        return flyway.migrate();
    }

    /** {@code h2} or {@code postgresql}, from the JDBC driver's product name. */
    static String vendor(DataSource dataSource) {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the Qrun database (java:jboss/datasources/QrunDS): "
                    + e.getMessage() + ". Check the datasource configuration (README, PostgreSQL).", e);
        }
        String p = product.toLowerCase(Locale.ROOT);
        if (p.contains("h2")) {
            return "h2";
        }
        if (p.contains("postgres")) {
            return "postgresql";
        }
        throw new IllegalStateException("Qrun supports H2 and PostgreSQL; QrunDS is " + product
                + ". Configure QrunDS with wildfly-config/configure-postgresql.cli.");
    }

    /** How many migrations this startup applied: more than zero means the database was new or upgraded. */
    public int appliedAtStartup() {
        return appliedAtStartup;
    }
}
