package io.qrun.api.sessions;

import io.qrun.api.jobs.JobQueryParameters;
import io.qrun.api.json.JsonMediaType;
import io.qrun.api.json.JsonResponses;
import io.qrun.api.json.RequestJson;
import io.qrun.application.InputErrors;
import io.qrun.application.accounts.Caller;
import io.qrun.application.workloads.CreateWorkload;
import io.qrun.application.workloads.WorkloadService;
import io.qrun.domain.workload.WorkloadMode;
import io.qrun.domain.workload.WorkloadState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * The Sessions section of the REST API: sessions ({@code mode: dedicated}) and batches are one
 * resource, as in the service this API mirrors. Reads the JSON types; {@link WorkloadService}
 * owns the rules and the state.
 */
@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    static final Set<String> CREATE_FIELDS = Set.of("mode", "backend", "backend_name", "max_ttl", "instance");

    @Inject
    Caller caller;

    @Inject
    WorkloadService workloads;

    @POST
    public Response create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        JsonMediaType.require(contentType);
        RequestJson json = RequestJson.parse(body, false).allowOnly(CREATE_FIELDS);
        String backend = json.optionalString("backend").orElse(json.optionalString("backend_name").orElse(null));
        CreateWorkload cmd = new CreateWorkload(json.optionalString("mode").orElse(null), backend,
                json.optionalLong("max_ttl").orElse(null), json.optionalString("instance").orElse(null));
        return JsonResponses.ok(SessionJson.session(workloads.create(caller, cmd)));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return JsonResponses.ok(SessionJson.session(workloads.get(caller, id)));
    }

    @GET
    public Response list(@QueryParam("state") String state, @QueryParam("mode") String mode,
                         @QueryParam("backend") String backend, @QueryParam("limit") String limit,
                         @QueryParam("offset") String offset) {
        WorkloadState s = state == null ? null : WorkloadState.fromLabel(state).orElseThrow(() -> InputErrors.invalidQueryParameter("state",
                state, "open, active, inactive or closed"));
        WorkloadMode m = mode == null ? null : WorkloadMode.fromLabel(mode).orElseThrow(() -> InputErrors.invalidQueryParameter("mode",
                mode, "dedicated or batch"));
        return JsonResponses.ok(SessionJson.page(workloads.list(caller, s, m, backend, JobQueryParameters.offset(offset),
                JobQueryParameters.limit(limit))));
    }

    /** {@code {"accepting_jobs": false}} closes the workload once its jobs are done; true cannot reopen it. */
    @PATCH
    @Path("{id}")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           String body) {
        JsonMediaType.require(contentType);
        RequestJson json = RequestJson.parse(body, false).allowOnly(Set.of("accepting_jobs"));
        boolean accepting = json.optionalBoolean("accepting_jobs").orElseThrow(() -> InputErrors.missingField(
                "accepting_jobs", "give {\"accepting_jobs\": false} to close the session once its jobs are done."));
        if (accepting) {
            workloads.get(caller, id);
            throw RequestJson.invalid("accepting_jobs", "is true: a session cannot be reopened; send false to close"
                    + " it, or open a new session");
        }
        workloads.stopAccepting(caller, id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/close")
    public Response cancel(@PathParam("id") String id) {
        workloads.cancel(caller, id);
        return Response.noContent().build();
    }
}
