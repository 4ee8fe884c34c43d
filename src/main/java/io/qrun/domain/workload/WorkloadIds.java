package io.qrun.domain.workload;

import io.qrun.domain.shared.RandomIds;
import java.util.regex.Pattern;

/** Workload ids: random, URL-safe, recognisable ("s-" and 20 lower-case letters and digits). */
public final class WorkloadIds {

    private static final Pattern FORM = Pattern.compile("s-[a-z0-9]{20}");

    private WorkloadIds() {
    }

    public static String next() {
        return RandomIds.next("s-", 20);
    }

    public static boolean isWellFormed(String id) {
        return id != null && FORM.matcher(id).matches();
    }
}
