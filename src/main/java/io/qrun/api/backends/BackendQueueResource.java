package io.qrun.api.backends;

import io.qrun.api.jobs.JobJson;
import io.qrun.api.json.JsonResponses;
import io.qrun.application.accounts.Caller;
import io.qrun.application.backends.BackendQueueService;
import io.qrun.application.jobs.JobView;
import io.qrun.domain.queue.InstanceStanding;
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
 * first): {@code {"backend", "paused", "queue_length", "jobs": [job objects without params], "instances":
 * [the fair-share standing of each instance with queued jobs, in the order of its first job]}}
 * (docs/backends.md, "The queue view").
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
        BackendQueueService.QueueView view = queues.queue(name);
        List<Object> jobs = new ArrayList<>();
        for (JobView job : view.jobs()) {
            jobs.add(JobJson.job(job, false));
        }
        List<Object> instances = new ArrayList<>();
        for (InstanceStanding s : view.instances()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("instance", s.instanceId());
            i.put("usage_seconds", s.windowUsageSeconds());
            i.put("share", s.share());
            // JSON has no infinity: an instance without share, owed nothing, shows null
            i.put("usage_per_share", Double.isInfinite(s.usagePerShare()) ? null : s.usagePerShare());
            i.put("limit_reached", s.limitReached());
            instances.add(i);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("backend", name);
        json.put("paused", registry.isPaused(name));
        json.put("queue_length", jobs.size());
        json.put("jobs", jobs);
        json.put("instances", instances);
        return JsonResponses.ok(json);
    }
}
