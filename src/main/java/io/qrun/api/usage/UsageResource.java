package io.qrun.api.usage;

import io.qrun.api.json.JsonResponses;
import io.qrun.application.accounts.Caller;
import io.qrun.application.usage.UsageService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /instances/usage}: the caller's instance's usage in the current period. */
@Path("instances/usage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

    @Inject
    Caller caller;

    @Inject
    UsageService usage;

    @GET
    public Response usage() {
        return JsonResponses.ok(UsageJson.usage(usage.usage(caller)));
    }
}
