package io.qrun.infrastructure.persistence;

import io.qrun.domain.setting.Setting;
import io.qrun.domain.setting.SettingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Settings in the {@code qrun} persistence unit. {@link #putIfAbsent} inserts with a plain SQL
 * statement that does nothing when the row exists (portable between H2 and PostgreSQL: an
 * INSERT ... SELECT ... WHERE NOT EXISTS), so a race between nodes never aborts the caller's
 * transaction with a key violation; whoever lost reads the winner's value.
 */
@ApplicationScoped
public class JpaSettingRepository implements SettingRepository {

    @PersistenceContext(unitName = "qrun")
    EntityManager em;

    @Override
    public Optional<String> find(String name) {
        return Optional.ofNullable(em.find(Setting.class, name)).map(Setting::value);
    }

    @Override
    public String putIfAbsent(String name, String value) {
        em.createNativeQuery("INSERT INTO settings (setting_name, setting_value) SELECT CAST(?1 AS VARCHAR(100)), CAST(?2 AS VARCHAR(4000))"
                        + " WHERE NOT EXISTS (SELECT 1 FROM settings WHERE setting_name = ?1)")
                .setParameter(1, name).setParameter(2, value).executeUpdate();
        return (String) em.createNativeQuery("SELECT setting_value FROM settings WHERE setting_name = ?1")
                .setParameter(1, name).getSingleResult();
    }
}
