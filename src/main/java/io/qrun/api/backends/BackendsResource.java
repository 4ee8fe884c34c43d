package io.qrun.api.backends;

import io.qrun.api.json.JsonResponses;
import io.qrun.application.InputErrors;
import io.qrun.api.json.Timestamps;
import io.qrun.application.accounts.Caller;
import io.qrun.application.backends.BackendQueueService;
import io.qrun.application.backends.TimelineService;
import io.qrun.domain.backend.Backend;
import io.qrun.application.backends.BackendNotFound;
import io.qrun.application.backends.BackendRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Backends section: the device list, each backend's status, configuration, properties (its
 * current calibration) and QPU timeline. An unknown name is a 404 in the API's error format.
 */
@Path("backends")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackendsResource {


    @Inject
    Caller caller;

    @Inject
    BackendRegistry registry;

    @Inject
    BackendQueueService queues;

    @Inject
    TimelineService timelines;

    @GET
    public Response devices() {
        List<Object> devices = new ArrayList<>();
        for (Backend b : registry.all()) {
            devices.add(BackendJson.device(b, registry.isPaused(b.name()), registry.pauseReason(b.name()),
                    queues.queueLength(b.name())));
        }
        return JsonResponses.ok(Map.of("devices", devices));
    }

    @GET
    @Path("{name}/status")
    public Response status(@PathParam("name") String name) {
        Backend b = backend(name);
        return JsonResponses.ok(BackendJson.status(b, registry.isPaused(b.name()), registry.pauseReason(b.name()),
                queues.queueLength(b.name())));
    }

    @GET
    @Path("{name}/configuration")
    public Response configuration(@PathParam("name") String name) {
        // max_experiments: the most PUBs one job may carry, the engine's submission limit
        Backend b = backend(name);
        return JsonResponses.ok(BackendJson.configuration(b, registry.maxExperiments(), registry.onlineDate(b.name())));
    }

    @GET
    @Path("{name}/properties")
    public Response properties(@PathParam("name") String name) {
        return JsonResponses.ok(BackendJson.properties(backend(name)));
    }

    /** {@code from}/{@code to} are optional: the timeline service defaults to the last 24 hours. */
    @GET
    @Path("{name}/timeline")
    public Response timeline(@PathParam("name") String name, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Backend b = backend(name);
        return JsonResponses.ok(TimelineJson.timeline(
                timelines.timeline(caller, b.name(), instant("from", from), instant("to", to))));
    }

    private Backend backend(String name) {
        return registry.find(name).orElseThrow(() -> BackendNotFound.of(name));
    }

    private static Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Timestamps.parse(value);
        } catch (DateTimeException e) {
            throw InputErrors.invalidQueryParameter(parameter, value,
                    "an ISO-8601 timestamp such as 2026-01-31T12:00:00Z or a date such as 2026-01-31");
        }
    }
}
