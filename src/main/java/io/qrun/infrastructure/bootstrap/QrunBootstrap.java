package io.qrun.infrastructure.bootstrap;

import io.qrun.application.accounts.AccountService;
import io.qrun.application.accounts.AccountService.NewInstance;
import io.qrun.application.accounts.AccountService.NewUser;
import io.qrun.application.accounts.ApiKeys;
import io.qrun.application.backends.BackendCalibrations;
import io.qrun.application.backends.BackendRegistry;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.instance.Plan;
import io.qrun.domain.user.Role;
import io.qrun.domain.user.UserRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First start on a new database: registers the configured backends and creates the accounts a
 * fresh server needs. On a database without users it creates
 * <ul>
 *   <li>the admin user {@code admin}, whose key is the setting qrun.admin.key (system property, or
 *       the environment variable QRUN_ADMIN_KEY) when set, else a random key written to
 *       {@code ${jboss.server.data.dir}/qrun/admin.key} (owner-only); the log names the file, never the key;</li>
 *   <li>the instance {@code demo} (premium plan), the user {@code demo} and its key, printed in the log
 *       and written to {@code ${jboss.server.data.dir}/qrun/demo.key}, so the README's curl examples
 *       work right away.</li>
 * </ul>
 * Startup beans of other parts that need backends or accounts declare {@code @DependsOn("QrunBootstrap")}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class QrunBootstrap {

    private static final Logger LOG = Logger.getLogger(QrunBootstrap.class.getName());

    public static final String ADMIN_KEY_PROPERTY = "qrun.admin.key";
    public static final String DEMO_INSTANCE = "demo";
    public static final String ADMIN_USER = "admin";
    public static final String DEMO_USER = "demo";

    @Inject
    BackendRegistry backends;

    @Inject
    BackendCalibrations calibrations;

    @Inject
    UserRepository users;

    @Inject
    AccountService accounts;

    /** MicroProfile Config maps the environment variable QRUN_ADMIN_KEY to this name by itself. */
    @Inject
    @ConfigProperty(name = ADMIN_KEY_PROPERTY)
    Optional<String> adminKey;

    @Inject
    @ConfigProperty(name = "jboss.server.data.dir")
    Optional<String> serverDataDir;

    @PostConstruct
    void start() {
        backends.initialize();
        for (Backend b : backends.all()) {
            calibrations.identifyCurrent(b.name());
        }
        if (users.count() > 0) {
            return;
        }
        LOG.info("New database: creating the admin user and the demo instance, user and key");
        accounts.createInstance(new NewInstance(DEMO_INSTANCE, "Demo instance", Plan.PREMIUM, 1.0, null));
        accounts.createUser(new NewUser(ADMIN_USER, "Administrator", Role.ADMIN, List.of(DEMO_INSTANCE), DEMO_INSTANCE));
        accounts.createUser(new NewUser(DEMO_USER, "Demo user", Role.USER, List.of(DEMO_INSTANCE), DEMO_INSTANCE));
        createAdminKey();
        String demoKey = accounts.createKey(DEMO_USER, "demo key created at first start").key();
        Path demoFile = dataDir().resolve("demo.key");
        try {
            SecretFiles.write(demoFile, demoKey);
        } catch (IOException e) {
            LOG.warning("Could not write " + demoFile + ": " + e.getMessage());
        }
        // The demo key is printed on purpose (README quick start); it opens only the demo instance.
        LOG.info("Demo API key (user 'demo', instance 'demo'): " + demoKey + "  (also in " + demoFile + ")");
    }

    private void createAdminKey() {
        Optional<String> given = adminKey.map(String::trim).filter(k -> !k.isEmpty());
        if (given.isPresent()) {
            accounts.storeKey(ADMIN_USER, given.get(), "admin key from the setting " + ADMIN_KEY_PROPERTY);
            LOG.info(() -> "Admin API key taken from the setting " + ADMIN_KEY_PROPERTY + " (or QRUN_ADMIN_KEY)");
            return;
        }
        String key = ApiKeys.newKey();
        accounts.storeKey(ADMIN_USER, key, "admin key created at first start");
        Path file = dataDir().resolve("admin.key");
        try {
            SecretFiles.write(file, key);
            LOG.info(() -> "Admin API key written to " + file + " (readable by its owner only)");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the admin key to " + file + ": " + e.getMessage()
                    + ". Make the directory writable or set QRUN_ADMIN_KEY.", e);
        }
    }

    private Path dataDir() {
        return Path.of(serverDataDir.orElse(System.getProperty("java.io.tmpdir")), "qrun");
    }
}
