package io.qrun.api.jobs;

import io.qrun.application.QrunException;
import io.qrun.application.ErrorCode;
import io.qrun.application.InputErrors;
import io.qrun.api.json.JsonMediaType;
import io.qrun.api.json.JsonResponses;
import io.qrun.application.accounts.Caller;
import io.qrun.application.jobs.JobPage;
import io.qrun.domain.job.JobQuery;
import io.qrun.application.jobs.JobResult;
import io.qrun.application.jobs.JobService;
import io.qrun.application.jobs.JobView;
import io.qrun.application.jobs.SubmitJob;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Jobs section of the REST API. Thin: reads the request's JSON types, calls {@link JobService}
 * (which owns the submission rules, the params check, ownership, states and storage) and writes the
 * answer with the documented field names. Bodies and query values are taken as strings and parsed here, so
 * every bad input is a 400 naming the field or parameter.
 */
@Path("jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    Caller caller;

    @Inject
    JobService jobs;

    /** A body in another media type is 415; one without Content-Type is read as JSON. */
    @POST
    public Response submit(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        JsonMediaType.require(contentType);
        SubmitJob cmd = SubmitJobRequest.parse(body);
        JobView job = jobs.submit(caller, cmd);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", job.id());
        json.put("backend", job.backend());
        if (job.sessionId() != null) {
            json.put("session_id", job.sessionId());
        }
        return JsonResponses.ok(json);
    }

    @GET
    public Response list(@Context UriInfo uri) {
        JobQuery query = JobQueryParameters.parse(uri.getQueryParameters());
        JobPage page = jobs.list(caller, query);
        return JsonResponses.ok(JobJson.page(page, !query.excludeParams()));
    }

    /** {@code exclude_params} is accepted here too (default false: one job shows its params). */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @QueryParam("exclude_params") String excludeParams) {
        boolean exclude = flag("exclude_params", excludeParams, false);
        return JsonResponses.ok(JobJson.job(jobs.get(caller, id), !exclude));
    }

    @GET
    @Path("{id}/results")
    public Response results(@PathParam("id") String id) {
        Optional<JobResult> result = jobs.result(caller, id);
        return result.map(r -> JsonResponses.okText(r.json())).orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Path("{id}/cancel")
    public Response cancel(@PathParam("id") String id) {
        jobs.cancel(caller, id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        jobs.delete(caller, id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/metrics")
    public Response metrics(@PathParam("id") String id) {
        return JsonResponses.ok(JobJson.metrics(jobs.metrics(caller, id)));
    }

    @GET
    @Path("{id}/logs")
    @Produces(MediaType.TEXT_PLAIN)
    public Response logs(@PathParam("id") String id) {
        String logs = jobs.logs(caller, id).orElseThrow(() -> new QrunException(ErrorCode.LOGS_NOT_FOUND,
                "Job " + id + " has no log lines yet: lines appear once the job has started, and only those its"
                        + " log_level admits. Try again later, or submit with log_level info or debug."));
        return Response.ok(logs, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build();
    }

    @PUT
    @Path("{id}/tags")
    public Response replaceTags(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            String body) {
        JsonMediaType.require(contentType);
        jobs.replaceTags(caller, id, SubmitJobRequest.replacementTags(body));
        return Response.noContent().build();
    }

    private static boolean flag(String name, String value, boolean absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw InputErrors.invalidQueryParameter(name, value, "true or false");
        }
    }
}
