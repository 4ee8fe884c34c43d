package io.qrun.domain.shared;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Random ids from [a-z0-9], the alphabet of IBM Qiskit Runtime's job ids. Random (not sequential)
 * so that an id reveals nothing about how much other instances do; 36^20 ~ 1.3e31 values make a
 * collision practically impossible (primary keys would reject one anyway).
 */
public final class RandomIds {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    /** The largest multiple of the alphabet's size that a byte can take. */
    private static final int UNBIASED_BOUND = 256 / ALPHABET.length * ALPHABET.length;
    /**
     * One DRBG per thread: the default SecureRandom (NativePRNG) shares one locked source between
     * all its instances, which serialised every id under concurrent submissions.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(RandomIds::newGenerator);

    private static SecureRandom newGenerator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    private RandomIds() {
    }

    /** {@code prefix} followed by {@code length} random characters. */
    public static String next(String prefix, int length) {
        return next(prefix, length, RANDOM.get());
    }

    /**
     * The random bytes are drawn in one call ({@code nextBytes}: for a DRBG each call is a generation
     * of its own, and one per character was 4 % of the server's CPU under submissions); a byte
     * below 252 = 7 * 36 gives a character ({@code b % 36}, uniform), the rest are skipped.
     */
    public static String next(String prefix, int length, RandomGenerator random) {
        int end = prefix.length() + length;
        StringBuilder id = new StringBuilder(end).append(prefix);
        byte[] bytes = new byte[length + 8];
        while (id.length() < end) {
            random.nextBytes(bytes);
            for (int i = 0; i < bytes.length && id.length() < end; i++) {
                int b = bytes[i] & 0xff;
                if (b < UNBIASED_BOUND) {
                    id.append(ALPHABET[b % ALPHABET.length]);
                }
            }
        }
        return id.toString();
    }
}
