package io.qrun.application.execution;

import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;

/**
 * Runs a scheduling transaction again when it failed on a version check: a transaction racing it
 * changed a row it had read (seen on H2 even under the row locks of {@link Executions}). The
 * failed attempt rolled back completely, and every entry point of {@link Executions} checks the
 * stored state before it acts, so the next attempt does exactly what is still to do.
 */
public final class VersionConflicts {

    /** Attempts in all, the first included. */
    public static final int ATTEMPTS = 5;

    private VersionConflicts() {
    }

    /** {@code transaction} (its own, REQUIRES_NEW), tried up to {@link #ATTEMPTS} times while it fails on a version check. */
    public static <T> T retried(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isVersionConflict(e)) {
                    throw e;
                }
            }
        }
    }

    static boolean isVersionConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
