package io.qrun.infrastructure.persistence;

import io.qrun.domain.user.UserRepository;
import io.qrun.domain.user.ApiKey;
import io.qrun.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Users and their API keys in the {@code qrun} persistence unit; callers bring the transaction for writes. */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    @Override
    public Optional<User> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(User.class, id));
    }

    @Override
    public List<User> all() {
        return em.createQuery("select u from User u order by u.id", User.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from User u", Long.class).getSingleResult();
    }

    @Override
    public void add(User user) {
        em.persist(user);
    }

    @Override
    public void addKey(ApiKey key) {
        em.persist(key);
    }

    @Override
    public Optional<ApiKey> findKey(String keyId) {
        return keyId == null ? Optional.empty() : Optional.ofNullable(em.find(ApiKey.class, keyId));
    }

    @Override
    public Optional<ApiKey> findKeyByHash(String keyHash) {
        return em.createQuery("select k from ApiKey k where k.keyHash = :h", ApiKey.class)
                .setParameter("h", keyHash).getResultStream().findFirst();
    }

    @Override
    public Optional<User> findByKeyHash(String keyHash) {
        return em.createQuery("select u from User u left join fetch u.instanceIds"
                        + " where u.id = (select k.userId from ApiKey k where k.keyHash = :h)", User.class)
                .setParameter("h", keyHash).getResultStream().findFirst();
    }

    @Override
    public List<ApiKey> keysOf(String userId) {
        return em.createQuery("select k from ApiKey k where k.userId = :u order by k.created, k.id", ApiKey.class)
                .setParameter("u", userId).getResultList();
    }

    @Override
    public void removeKey(ApiKey key) {
        em.remove(em.contains(key) ? key : em.merge(key));
    }
}
