package io.qrun.api.backends;

import io.qrun.api.jobs.JobJson;
import io.qrun.api.json.JsonResponses;
import io.qrun.application.accounts.Caller;
import io.qrun.application.backends.BackendQueueService;
import io.qrun.application.jobs.JobView;
import io.qrun.application.backends.BackendNotFound;
import io.qrun.application.backends.BackendRegistry;
import io.qrun.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator's view of one backend's queue, in scheduling order (the job that would start next
 * first): {@code {"backend", "paused", "queue_length", "jobs": [job objects without params]}}.
 */
@Path("admin/backends/{name}/queue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackendQueueResource {

    @Inject
    Caller caller;

    @Inject
    BackendRegistry registry;

    @Inject
    BackendQueueService queues;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Response queue(@PathParam("name") String name) {
        if (registry.find(name).isEmpty()) {
            throw BackendNotFound.of(name);
        }
        List<Object> jobs = new ArrayList<>();
        for (JobView job : queues.queue(name)) {
            jobs.add(JobJson.job(job, false));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("backend", name);
        json.put("paused", registry.isPaused(name));
        json.put("queue_length", jobs.size());
        json.put("jobs", jobs);
        return JsonResponses.ok(json);
    }
}
