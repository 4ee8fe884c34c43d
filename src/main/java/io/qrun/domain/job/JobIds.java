package io.qrun.domain.job;

import io.qrun.domain.shared.RandomIds;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Job ids look like IBM Qiskit Runtime's: 20 characters from [a-z0-9] ({@link RandomIds}).
 */
public final class JobIds {
    public static final int LENGTH = 20;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]{" + LENGTH + "}");

    private JobIds() {
    }

    public static String next() {
        return RandomIds.next("", LENGTH);
    }

    static String next(RandomGenerator random) {
        return RandomIds.next("", LENGTH, random);
    }

    /** True when the text has the shape of a job id; lets the API answer 404 without a query. */
    public static boolean isWellFormed(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
