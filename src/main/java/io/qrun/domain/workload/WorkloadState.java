package io.qrun.domain.workload;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code open} (created, no job started) -> {@code active} (has priority) <-> {@code inactive}
 * (no priority) -> {@code closed} (runs and accepts nothing more). Closing is possible from any
 * state; nothing leaves {@code closed}.
 */
public enum WorkloadState {
    OPEN,
    ACTIVE,
    INACTIVE,
    CLOSED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WorkloadState> fromLabel(String label) {
        for (WorkloadState s : values()) {
            if (s.label().equals(label)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
