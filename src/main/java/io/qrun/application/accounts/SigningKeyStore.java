package io.qrun.application.accounts;

import io.qrun.domain.setting.SettingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Where the token signing key lives: 256 random bits, made once per database and kept in the
 * settings table, so that every node of a cluster and every restart verify the same tokens. Two
 * nodes that start at the same moment may both make a key; the store keeps the first (insert if
 * absent) and both then use what is stored.
 */
@ApplicationScoped
public class SigningKeyStore {

    static final String SETTING = "iam.token_signing_key";
    private static final Logger LOG = Logger.getLogger(SigningKeyStore.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SettingRepository settings;

    /** In a transaction of its own: the caller may be a request that has none, or one about to roll back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] loadOrCreate() {
        String stored = settings.find(SETTING).orElse(null);
        if (stored == null) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            stored = settings.putIfAbsent(SETTING, Base64.getEncoder().encodeToString(fresh));
            LOG.info("Token signing key created and stored in the settings table (" + SETTING + ")");
        }
        return Base64.getDecoder().decode(stored);
    }
}
