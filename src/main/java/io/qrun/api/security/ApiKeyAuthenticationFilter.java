package io.qrun.api.security;

import io.qrun.application.ErrorCode;
import io.qrun.application.QrunException;
import io.qrun.application.accounts.Authenticator;
import io.qrun.application.accounts.Caller;
import io.qrun.application.accounts.InstanceCrn;
import io.qrun.api.error.ErrorResponses;
import io.qrun.domain.user.User;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;

/**
 * Authenticates every request under /api/v1: {@code Authorization: Bearer <key or access token>} or
 * {@code Authorization: apikey <key>} (access tokens come from the IAM exchange,
 * {@code POST /api/v1/identity/token}, the one {@link Unauthenticated} endpoint); then picks the instance ({@code Service-CRN} header, else the
 * user's default) and fills the request's {@link Caller}. No, unknown or expired credential: 401. An instance the
 * user does not belong to (or that does not exist): 403. Other headers are ignored.
 *
 * <p>Runs after resource matching, so a request to a path that does not exist gets 404 whether or
 * not it carries a key (the path list of a public API is no secret).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyAuthenticationFilter implements ContainerRequestFilter {

    public static final String INSTANCE_HEADER = "Service-CRN";

    /** The answer to a request without a usable key, here and wherever JAX-RS finds one missing. */
    public static final String MISSING_KEY = "No API key in the Authorization header. Send 'Authorization: Bearer"
            + " <api key>' (or 'apikey <api key>'); an operator creates keys with POST /api/v1/admin/users/{id}/keys.";

    @Inject
    Authenticator authenticator;

    @Inject
    Caller caller;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(Unauthenticated.class)) {
            return;
        }
        Optional<String> key = keyOf(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (key.isEmpty()) {
            request.abortWith(ErrorResponses.response(ErrorCode.UNAUTHORIZED, MISSING_KEY));
            return;
        }
        User u;
        try {
            u = authenticator.authenticate(key.get());
        } catch (QrunException e) {
            request.abortWith(ErrorResponses.response(e.code(), e.getMessage()));
            return;
        }
        String requested = request.getHeaderString(INSTANCE_HEADER);
        String instanceId;
        if (requested != null && !requested.isBlank()) {
            instanceId = instanceIdOf(requested);
            if (!authenticator.mayActFor(u, instanceId)) {
                request.abortWith(ErrorResponses.response(ErrorCode.INSTANCE_FORBIDDEN,
                        "The instance '" + instanceId + "' named by the Service-CRN header does not exist or user '" + u.getId()
                                + "' does not belong to it. Your instances: " + u.getInstanceIds()
                                + "; omit the header to use your default instance."));
                return;
            }
        } else {
            instanceId = u.getDefaultInstanceId();
        }
        caller.authenticate(u.getId(), instanceId, u.isAdmin());
        request.setSecurityContext(new CallerSecurityContext(caller, request.getSecurityContext().isSecure()));
    }

    /**
     * The instance id of a Service-CRN header: the id itself, or, for a CRN (Qrun's, as the instance
     * search answers, or IBM's {@code crn:v1:bluemix:public:quantum-computing:us-east:a/ACCOUNT:INSTANCE::}),
     * its service-instance segment, so that clients configured with a CRN work unchanged.
     */
    static String instanceIdOf(String header) {
        return InstanceCrn.instanceIdOf(header);
    }

    /** The key from an Authorization header in one of the two accepted schemes. */
    static Optional<String> keyOf(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.trim();
        int space = value.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = value.substring(0, space).toLowerCase(Locale.ROOT);
        String key = value.substring(space + 1).trim();
        if (key.isEmpty() || !(scheme.equals("bearer") || scheme.equals("apikey"))) {
            return Optional.empty();
        }
        return Optional.of(key);
    }
}
