package io.qrun.domain.instance;

import java.util.Locale;
import java.util.Optional;

/** An instance's plan. Open-plan instances may not create dedicated sessions (docs/jobs-and-scheduling.md). */
public enum Plan {
    OPEN,
    PREMIUM;

    /** The lower-case id used in JSON ({@code open}, {@code premium}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Plan> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Plan p : values()) {
            if (p.id().equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
