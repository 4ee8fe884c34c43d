package io.qrun.infrastructure.backends;

/**
 * The backends configuration file is unusable. The message names the file, the place in it
 * (e.g. {@code backends[1].coupling_map[3]}) and what to change; the deployment fails with it.
 */
public class BackendConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackendConfigException(String message) {
        super(message);
    }

    public BackendConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
