package io.qrun.api.admin;

import io.qrun.api.json.JsonResponses;
import io.qrun.api.json.RequestJson;
import io.qrun.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.qrun.application.accounts.AccountService;
import io.qrun.application.accounts.AccountService.NewUser;
import io.qrun.domain.user.Role;
import io.qrun.domain.user.User;
import io.qrun.domain.user.UserRepository;
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

/** Operator endpoints for users and their API keys. */
@Path("/admin/users")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class UsersAdminResource {

    private static final Set<String> CREATE_FIELDS = Set.of("id", "name", "role", "instances", "default_instance");
    private static final Set<String> KEY_FIELDS = Set.of("label");

    @Inject
    AccountService accounts;

    @Inject
    UserRepository users;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(String body) {
        RequestJson json = RequestJson.parse(body, false).allowOnly(CREATE_FIELDS);
        Role role = json.optionalString("role").map(r -> Role.fromId(r).orElseThrow(
                () -> RequestJson.invalid("role", "must be \"user\" or \"admin\", found \"" + r + "\"."))).orElse(Role.USER);
        NewUser n = new NewUser(
                json.optionalNonBlankString("id").orElse(null),
                json.requiredString("name"),
                role,
                json.optionalStringList("instances").orElse(List.of()),
                json.optionalNonBlankString("default_instance").orElse(null));
        User created = accounts.createUser(n);
        return JsonResponses.created(AdminViews.user(created));
    }

    @GET
    public Response list() {
        List<Object> all = new ArrayList<>();
        users.all().forEach(u -> all.add(AdminViews.user(u)));
        return JsonResponses.ok(Map.of("users", all));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return JsonResponses.ok(AdminViews.user(users.find(id).orElseThrow(() -> AccountService.unknownUser(id))));
    }

    /** Creates an API key: the answer is the only time the key is shown. */
    @POST
    @Path("{id}/keys")
    @Consumes(MediaType.WILDCARD)
    public Response createKey(@PathParam("id") String userId, String body) {
        RequestJson json = RequestJson.parse(body, true).allowOnly(KEY_FIELDS);
        return JsonResponses.created(
                AdminViews.createdKey(accounts.createKey(userId, json.optionalNonBlankString("label").orElse(null))));
    }

    /** The user's keys without the keys themselves (only hashes are stored). */
    @GET
    @Path("{id}/keys")
    public Response keys(@PathParam("id") String userId) {
        List<Object> all = new ArrayList<>();
        accounts.keysOf(userId).forEach(k -> all.add(AdminViews.key(k)));
        return JsonResponses.ok(Map.of("keys", all));
    }
}
