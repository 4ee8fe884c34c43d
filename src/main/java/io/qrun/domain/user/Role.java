package io.qrun.domain.user;

import java.util.Locale;
import java.util.Optional;

/** {@code user}: its instances' jobs only. {@code admin}: everything, plus the operator endpoints. */
public enum Role {
    USER,
    ADMIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromId(String id) {
        for (Role r : values()) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
