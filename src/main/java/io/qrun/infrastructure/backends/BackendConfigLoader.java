package io.qrun.infrastructure.backends;

import io.qrun.application.port.BackendCatalog;
import io.qrun.domain.backend.Backend;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/**
 * Finds and reads the backends configuration: the file named by the system property
 * {@code qrun.backends.file} (must exist), else {@code ${jboss.server.config.dir}/qrun-backends.json}
 * when present, else the default built into the WAR.
 */
@ApplicationScoped
public class BackendConfigLoader implements BackendCatalog {

    private static final Logger LOG = Logger.getLogger(BackendConfigLoader.class.getName());

    public static final String FILE_PROPERTY = "qrun.backends.file";
    public static final String FILE_NAME = "qrun-backends.json";
    static final String BUILT_IN = "/" + FILE_NAME;

    @Override
    public List<Backend> load() {
        String explicit = System.getProperty(FILE_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            Path p = Path.of(explicit);
            if (!Files.isRegularFile(p)) {
                throw new BackendConfigException("The system property " + FILE_PROPERTY + " names " + p.toAbsolutePath()
                        + ", which is not a readable file. Fix the path or remove the property to use the default.");
            }
            return read(p);
        }
        String configDir = System.getProperty("jboss.server.config.dir");
        if (configDir != null) {
            Path p = Path.of(configDir, FILE_NAME);
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
