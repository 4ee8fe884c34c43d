package io.qrun.infrastructure.backends;

import io.qrun.application.port.BackendCatalog;
import io.qrun.domain.backend.Backend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds and reads the backends configuration: the file named by the setting
 * {@code qrun.backends.file} (system property, or QRUN_BACKENDS_FILE; must exist), else {@code ${jboss.server.config.dir}/qrun-backends.json}
 * when present, else the default built into the WAR.
 */
@ApplicationScoped
public class BackendConfigLoader implements BackendCatalog {

    private static final Logger LOG = Logger.getLogger(BackendConfigLoader.class.getName());

    public static final String FILE_PROPERTY = "qrun.backends.file";
    public static final String FILE_NAME = "qrun-backends.json";
    static final String BUILT_IN = "/" + FILE_NAME;

    @Inject
    @ConfigProperty(name = FILE_PROPERTY)
    Optional<String> file;

    @Inject
    @ConfigProperty(name = "jboss.server.config.dir")
    Optional<String> serverConfigDir;

    @Override
    public List<Backend> load() {
        Optional<String> explicit = file.map(String::trim).filter(f -> !f.isEmpty());
        if (explicit.isPresent()) {
            Path p = Path.of(explicit.get());
            if (!Files.isRegularFile(p)) {
                throw new BackendConfigException("The setting " + FILE_PROPERTY + " names " + p.toAbsolutePath()
                        + ", which is not a readable file. Fix the path or remove the property to use the default.");
            }
            return read(p);
        }
        if (serverConfigDir.isPresent()) {
            Path p = Path.of(serverConfigDir.get(), FILE_NAME);
            if (Files.isRegularFile(p)) {
                return read(p);
            }
        }
        LOG.info(() -> "No " + FILE_NAME + " in the server configuration directory; using the built-in backends");
        try (InputStream in = BackendConfigLoader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new BackendConfigException("The WAR has no built-in " + FILE_NAME + "; rebuild it or set " + FILE_PROPERTY);
            }
            return parse("built-in " + FILE_NAME, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BackendConfigException("Cannot read the built-in " + FILE_NAME + ": " + e.getMessage(), e);
        }
    }

    private List<Backend> read(Path p) {
        LOG.info(() -> "Loading backends from " + p.toAbsolutePath());
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return parse(p.toAbsolutePath().toString(), r);
        } catch (IOException e) {
            throw new BackendConfigException("Cannot read " + p.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    static List<Backend> parse(String source, Reader r) {
        return new BackendConfigParser(source).parse(r);
    }
}
