package io.qrun.api.admin;

import io.qrun.application.QrunException;
import io.qrun.application.ErrorCode;
import io.qrun.api.json.RequestJson;
import io.qrun.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.qrun.domain.backend.Backend;
import io.qrun.application.backends.BackendRegistry;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
    public JsonObject list() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Backend b : registry.all()) {
            all.add(view(b));
        }
        return Json.createObjectBuilder().add("backends", all).build();
    }

    @GET
    @Path("{name}")
    public JsonObject get(@PathParam("name") String name) {
        return view(backend(name));
    }

    @POST
    @Path("{name}/pause")
    @Consumes(MediaType.WILDCARD)
    public JsonObject pause(@PathParam("name") String name, String body) {
        Backend b = backend(name);
        RequestJson json = RequestJson.parse(body, true).allowOnly(Set.of("reason"));
        String reason = json.optionalString("reason").orElse(null);
        if (reason != null && reason.length() > MAX_REASON) {
            throw RequestJson.invalid("reason", "is " + reason.length() + " characters; at most " + MAX_REASON);
        }
        registry.pause(b.name(), reason);
        return view(b);
    }

    @POST
    @Path("{name}/resume")
    @Consumes(MediaType.WILDCARD)
    public JsonObject resume(@PathParam("name") String name) {
        Backend b = backend(name);
        registry.resume(b.name());
        return view(b);
    }

    private JsonObject view(Backend b) {
        return AdminViews.backendState(registry.find(b.name()).orElse(b), registry.isPaused(b.name()),
                registry.pauseReason(b.name()).orElse(null));
    }

    private Backend backend(String name) {
        return registry.find(name).orElseThrow(() -> new QrunException(ErrorCode.BACKEND_NOT_FOUND,
                "No backend '" + name + "'. The configured backends are listed by GET /api/v1/admin/backends."));
    }
}
