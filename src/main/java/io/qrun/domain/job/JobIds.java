package io.qrun.domain.job;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Job ids look like IBM Qiskit Runtime's: 20 characters from [a-z0-9]. Random (not sequential)
 * so that ids do not reveal how many jobs other instances submit; 36^20 ~ 1.3e31 values make a
 * collision practically impossible (the primary key would reject one anyway).
 */
public final class JobIds {
    public static final int LENGTH = 20;
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final Pattern VALID = Pattern.compile("[a-z0-9]{" + LENGTH + "}");
    private static final RandomGenerator RANDOM = new SecureRandom();

    private JobIds() {
    }

    public static String next() {
        return next(RANDOM);
    }

    static String next(RandomGenerator random) {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }

    /** True when the text has the shape of a job id; lets the API answer 404 without a query. */
    public static boolean isWellFormed(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
