package io.qrun.api.security;

import io.qrun.application.ErrorCode;
import io.qrun.application.accounts.Caller;
import io.qrun.api.error.ErrorResponses;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** 403 for an authenticated non-admin on an {@link AdminOnly} resource (runs after authentication). */
@Provider
@AdminOnly
@Priority(Priorities.AUTHORIZATION)
public class AdminOnlyFilter implements ContainerRequestFilter {

    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (caller.isAuthenticated() && !caller.isAdmin()) {
            request.abortWith(ErrorResponses.response(ErrorCode.FORBIDDEN,
                    "The operator endpoints need role 'admin'; user '" + caller.userId() + "' has role 'user'."));
        }
    }
}
