package io.qrun.application.port;

import io.qrun.domain.backend.Backend;
import java.util.List;

/**
 * The configured backends, as the operator's backends file describes them (validated; a bad file
 * fails the deployment with a message naming the place). Implemented in infrastructure.backends.
 */
public interface BackendCatalog {

    /** Every configured backend in the order of the configuration. */
    List<Backend> load();
}
