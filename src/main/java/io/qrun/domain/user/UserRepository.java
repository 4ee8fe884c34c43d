package io.qrun.domain.user;

import java.util.List;
import java.util.Optional;

/** Users and their API keys. Callers bring the transaction. Implemented with JPA in infrastructure.persistence. */
public interface UserRepository {

    Optional<User> find(String id);

    List<User> all();

    long count();

    void add(User user);

    void addKey(ApiKey key);

    Optional<ApiKey> findKey(String keyId);

    Optional<ApiKey> findKeyByHash(String keyHash);

    /** The owner of the key with this hash, with its instances, in one statement (every request asks). */
    Optional<User> findByKeyHash(String keyHash);

    List<ApiKey> keysOf(String userId);

    void removeKey(ApiKey key);
}
