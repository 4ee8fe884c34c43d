package io.qrun.application.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The HMAC key that signs Qrun's access tokens, read from the database once per deployment
 * ({@link SigningKeyStore}) and then held in memory: verifying a token costs no database read
 * for the key.
 */
@ApplicationScoped
public class TokenSigningKey {

    @Inject
    SigningKeyStore store;

    private volatile byte[] key;

    /** The key (a copy); created and stored on first use of a new database. */
    public byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = store.loadOrCreate();
            key = k;
        }
        return k.clone();
    }
}
