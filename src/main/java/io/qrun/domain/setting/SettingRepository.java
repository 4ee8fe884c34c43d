package io.qrun.domain.setting;

import java.util.Optional;

/** The server's own key/value settings. Callers bring the transaction. Implemented with JPA in infrastructure.persistence. */
public interface SettingRepository {

    Optional<String> find(String name);

    /**
     * Stores the value unless the name has one already, and answers the value that is stored now.
     * Two nodes racing to create the same value both end up with the one that won.
     */
    String putIfAbsent(String name, String value);
}
