package io.qrun.application.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Making and hashing API keys. A key is {@code qrun_} + 32 random bytes (256 bits from
 * SecureRandom) in base64url. It is stored as its SHA-256 in hex.
 *
 * <p>Why a fast hash is right here: slow password hashes (bcrypt, Argon2) exist because passwords
 * have little entropy and can be guessed from a stolen hash by trying likely candidates. A random
 * 256-bit key cannot be guessed: even at 10^12 SHA-256 per second an attacker would need about
 * 10^65 years. So SHA-256 loses nothing against a stolen table, and it allows what a slow salted
 * hash does not: finding the key's row by its hash with an index, at every request, in microseconds.
 * Keys supplied by the operator (QRUN_ADMIN_KEY) are the operator's responsibility to make long.
 */
public final class ApiKeys {

    public static final String PREFIX = "qrun_";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    public static String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A short random id (for users and keys created without one): prefix + 16 hex digits. */
    public static String newId(String prefix) {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }

    public static String hash(String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
