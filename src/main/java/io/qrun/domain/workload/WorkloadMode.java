package io.qrun.domain.workload;

import java.util.Locale;
import java.util.Optional;

/** A session ({@code dedicated}: exclusive use of the backend while active) or a batch. */
public enum WorkloadMode {
    DEDICATED,
    BATCH;

    /** The API's name: {@code dedicated} or {@code batch}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WorkloadMode> fromLabel(String label) {
        for (WorkloadMode m : values()) {
            if (m.label().equals(label)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
