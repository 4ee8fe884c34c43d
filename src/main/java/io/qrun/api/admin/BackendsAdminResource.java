package io.qrun.api.admin;

import io.qrun.api.json.JsonResponses;
import io.qrun.api.json.RequestJson;
import io.qrun.application.backends.BackendNotFound;
import io.qrun.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.qrun.domain.backend.Backend;
import io.qrun.application.backends.BackendRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pausing and resuming backends. A paused backend keeps its queue but starts no new job until
 * resumed; the state is in the database and survives restarts.
 */
@Path("/admin/backends")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class BackendsAdminResource {

    private static final int MAX_REASON = 500;

    @Inject
    BackendRegistry registry;

    @GET
    public Response list() {
        List<Object> all = new ArrayList<>();
        for (Backend b : registry.all()) {
            all.add(view(b));
        }
        return JsonResponses.ok(Map.of("backends", all));
    }

    @GET
    @Path("{name}")
    public Response get(@PathParam("name") String name) {
        return JsonResponses.ok(view(backend(name)));
    }

    @POST
    @Path("{name}/pause")
    @Consumes(MediaType.WILDCARD)
    public Response pause(@PathParam("name") String name, String body) {
        Backend b = backend(name);
        RequestJson json = RequestJson.parse(body, true).allowOnly(Set.of("reason"));
        String reason = json.optionalNonBlankString("reason").orElse(null);
        if (reason != null && reason.length() > MAX_REASON) {
            throw RequestJson.invalid("reason", "has " + reason.length() + " characters; shorten it to at most "
                    + MAX_REASON + ".");
        }
        registry.pause(b.name(), reason);
        return JsonResponses.ok(view(b));
    }

    @POST
    @Path("{name}/resume")
    @Consumes(MediaType.WILDCARD)
    public Response resume(@PathParam("name") String name) {
        Backend b = backend(name);
        registry.resume(b.name());
        return JsonResponses.ok(view(b));
    }

    private Map<String, Object> view(Backend b) {
        return AdminViews.backendState(registry.find(b.name()).orElse(b), registry.isPaused(b.name()),
                registry.pauseReason(b.name()).orElse(null));
    }

    private Backend backend(String name) {
        return registry.find(name).orElseThrow(() -> BackendNotFound.of(name));
    }
}
