package io.qrun.api.security;

import io.qrun.application.accounts.Caller;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * The JAX-RS view of an authenticated {@link Caller}: the user id as principal, roles {@code user}
 * (everyone with a valid key) and {@code admin}, so that resources declare their role with
 * {@code @RolesAllowed} and RESTEasy's role check answers 403 for the others.
 */
final class CallerSecurityContext implements SecurityContext {

    static final String SCHEME = "Bearer";

    private final Caller caller;
    private final boolean secure;

    CallerSecurityContext(Caller caller, boolean secure) {
        this.caller = caller;
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        String name = caller.userId();
        return () -> name;
    }

    @Override
    public boolean isUserInRole(String role) {
        return Roles.USER.equals(role) || (Roles.ADMIN.equals(role) && caller.isAdmin());
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return SCHEME;
    }
}
