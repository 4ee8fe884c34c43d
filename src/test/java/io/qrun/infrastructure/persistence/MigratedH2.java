package io.qrun.infrastructure.persistence;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** An in-memory H2 database with Qrun's schema as the migrations make it, for tests outside the server. */
final class MigratedH2 {

    private MigratedH2() {
    }

    /** A new database {@code name} (kept until the JVM ends), migrated. */
    static DataSource migrated(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000");
        ds.setUser("sa");
        ds.setPassword("sa");
        SchemaMigrator.migrate(ds, MigratedH2.class.getClassLoader());
        return ds;
    }
}
