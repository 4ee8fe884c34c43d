package io.qrun.api.security;

import io.qrun.domain.user.Role;

/** The role names of {@code @RolesAllowed}, as constants (annotations need them at compile time). */
public final class Roles {

    public static final String USER = "user";
    public static final String ADMIN = "admin";

    static {
        // the names are the domain's role ids; a rename there must not silently open the admin endpoints
        if (!ADMIN.equals(Role.ADMIN.id()) || !USER.equals(Role.USER.id())) {
            throw new IllegalStateException("Roles and domain.user.Role disagree");
        }
    }

    private Roles() {
    }
}
