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

    public static String next(String prefix, int length, RandomGenerator random) {
        StringBuilder id = new StringBuilder(prefix.length() + length).append(prefix);
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
