package io.qrun.api.admin;

import io.qrun.api.json.JsonResponses;
import io.qrun.api.json.RequestJson;
import io.qrun.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.qrun.application.accounts.AccountService;
import io.qrun.application.accounts.AccountService.InstanceChanges;
import io.qrun.application.accounts.AccountService.NewInstance;
import io.qrun.domain.instance.Instance;
import io.qrun.domain.instance.InstanceRepository;
import io.qrun.domain.instance.Plan;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
 * Operator endpoints for instances: create, list, get, patch (name, plan, share, usage limit,
 * start a new usage period).
 */
@Path("/admin/instances")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class InstancesAdminResource {

    private static final Set<String> CREATE_FIELDS = Set.of("id", "name", "plan", "share", "usage_limit_seconds");
    private static final Set<String> PATCH_FIELDS = Set.of("name", "plan", "share", "usage_limit_seconds", "reset_usage_period");

    @Inject
    AccountService accounts;

    @Inject
    InstanceRepository instances;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(String body) {
        RequestJson json = RequestJson.parse(body, false).allowOnly(CREATE_FIELDS);
        NewInstance n = new NewInstance(
                json.requiredString("id"),
                json.optionalNonBlankString("name").orElse(null),
                plan(json).orElse(Plan.OPEN),
                json.optionalNumber("share").orElse(1.0),
                json.optionalLong("usage_limit_seconds").orElse(null));
        Instance created = accounts.createInstance(n);
        return JsonResponses.created(AdminViews.instance(created));
    }

    @GET
    public Response list() {
        List<Object> all = new ArrayList<>();
        instances.all().forEach(i -> all.add(AdminViews.instance(i)));
        return JsonResponses.ok(Map.of("instances", all));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return JsonResponses.ok(AdminViews.instance(instances.find(id).orElseThrow(() -> AccountService.unknownInstance(id))));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    public Response patch(@PathParam("id") String id, String body) {
        RequestJson json = RequestJson.parse(body, false).allowOnly(PATCH_FIELDS);
        InstanceChanges c = new InstanceChanges(
                json.optionalNonBlankString("name").orElse(null),
                plan(json).orElse(null),
                json.optionalNumber("share").orElse(null),
                json.has("usage_limit_seconds"),
                json.optionalLong("usage_limit_seconds").orElse(null),
                json.optionalBoolean("reset_usage_period").orElse(false));
        return JsonResponses.ok(AdminViews.instance(accounts.updateInstance(id, c)));
    }

    private static java.util.Optional<Plan> plan(RequestJson json) {
        return json.optionalString("plan").map(p -> Plan.fromId(p).orElseThrow(
                () -> RequestJson.invalid("plan", "must be \"open\" or \"premium\", found \"" + p + "\".")));
    }
}
