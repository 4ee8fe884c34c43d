package io.qrun.domain.workload;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/** Workload ids: random, URL-safe, recognisable ("s-" and 20 lower-case letters and digits). */
public final class WorkloadIds {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final Pattern FORM = Pattern.compile("s-[a-z0-9]{20}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private WorkloadIds() {
    }

    public static String next() {
        StringBuilder id = new StringBuilder("s-");
        for (int i = 0; i < 20; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }

    public static boolean isWellFormed(String id) {
        return id != null && FORM.matcher(id).matches();
    }
}
