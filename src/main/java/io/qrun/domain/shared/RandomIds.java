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
    private static final RandomGenerator RANDOM = new SecureRandom();

    private RandomIds() {
    }

    /** {@code prefix} followed by {@code length} random characters. */
    public static String next(String prefix, int length) {
        return next(prefix, length, RANDOM);
    }

    public static String next(String prefix, int length, RandomGenerator random) {
        StringBuilder id = new StringBuilder(prefix.length() + length).append(prefix);
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
