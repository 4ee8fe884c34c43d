package io.qrun.api.backends;

import io.qrun.api.json.JsonResponses;
import io.qrun.application.InputErrors;
import io.qrun.api.json.Timestamps;
import io.qrun.application.accounts.Caller;
import io.qrun.application.backends.BackendCalibrations;
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

    @Inject
    BackendCalibrations calibrations;

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

    /**
     * The configuration does not change with the calibration, but a {@code calibration_id} that
     * names none of the backend's is refused here as the Qiskit client expects
     * ({@code service.backend(name, calibration_id=...)} asks this first).
     */
    @GET
    @Path("{name}/configuration")
    public Response configuration(@PathParam("name") String name, @QueryParam("calibration_id") String calibrationId) {
        // max_experiments: the most PUBs one job may carry, the engine's submission limit
        Backend b = backend(name);
        if (calibrationId != null) {
            calibrations.withCalibration(b, calibrationId);
        }
        return JsonResponses.ok(BackendJson.configuration(b, registry.maxExperiments(), registry.onlineDate(b.name())));
    }

    /**
     * The current calibration, the one {@code calibration_id} names, or the newest one taken at or
     * before {@code updated_before} (the Qiskit client's {@code backend.properties(datetime=...)}).
     * The client sends both for a backend built with a calibration id: then the named calibration,
     * if it was taken by that time.
     */
    @GET
    @Path("{name}/properties")
    public Response properties(@PathParam("name") String name, @QueryParam("calibration_id") String calibrationId,
            @QueryParam("updated_before") String updatedBefore) {
        Backend b = backend(name);
        Instant before = instant("updated_before", updatedBefore);
        String id = calibrationId != null ? calibrationId
                : before != null ? calibrations.idAt(b, before)
                : calibrations.currentId(b.name());
        Backend calibrated = calibrationId != null && before != null
                ? calibrations.withCalibrationTakenBy(b, calibrationId, before)
                : calibrations.withCalibration(b, id);
        return JsonResponses.ok(BackendJson.properties(calibrated, id));
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
