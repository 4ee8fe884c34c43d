package io.qrun.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything else touches it. Every startup bean that
 * uses the database declares {@code @DependsOn("SchemaMigrator")}.
 *
 * <p>Migrations: {@code db/migration} holds portable SQL; {@code db/vendor/{vendor}} holds the
 * scripts whose column types differ between H2 and PostgreSQL (Flyway substitutes {@code h2} or
 * {@code postgresql}). Version ranges: svc-infra V1..V9, jobs V10..V19, api V20 and up.
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
    }

    /** Runs the migrations on any data source (also used by tests outside the server). */
    public static MigrateResult migrate(DataSource dataSource, ClassLoader classLoader) {
        Flyway flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(LOCATIONS)
                .failOnMissingLocations(false)
                .load();
        return flyway.migrate();
    }

    /** How many migrations this startup applied: more than zero means the database was new or upgraded. */
    public int appliedAtStartup() {
        return appliedAtStartup;
    }
}
