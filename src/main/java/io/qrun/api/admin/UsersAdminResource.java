package io.qrun.api.admin;

import io.qrun.application.QrunException;
import io.qrun.application.ErrorCode;
import io.qrun.api.json.RequestJson;
import io.qrun.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.qrun.application.accounts.AccountService;
import io.qrun.application.accounts.AccountService.NewUser;
import io.qrun.domain.user.Role;
import io.qrun.domain.user.User;
import io.qrun.domain.user.UserRepository;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
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
                () -> RequestJson.invalid("role", "must be 'user' or 'admin'; was '" + r + "'"))).orElse(Role.USER);
        NewUser n = new NewUser(
                json.optionalString("id").orElse(null),
                json.requiredString("name"),
                role,
                json.optionalStringList("instances").orElse(List.of()),
                json.optionalString("default_instance").orElse(null));
        User created = accounts.createUser(n);
        return Response.status(201).entity(AdminViews.user(created)).build();
    }

    @GET
    public JsonObject list() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        users.all().forEach(u -> all.add(AdminViews.user(u)));
        return Json.createObjectBuilder().add("users", all).build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        return AdminViews.user(users.find(id).orElseThrow(() -> new QrunException(ErrorCode.USER_NOT_FOUND,
                "No user '" + id + "'. List users with GET /api/v1/admin/users.")));
    }

    /** Creates an API key: the answer is the only time the key is shown. */
    @POST
    @Path("{id}/keys")
    @Consumes(MediaType.WILDCARD)
    public Response createKey(@PathParam("id") String userId, String body) {
        RequestJson json = RequestJson.parse(body, true).allowOnly(KEY_FIELDS);
        return Response.status(201)
                .entity(AdminViews.createdKey(accounts.createKey(userId, json.optionalString("label").orElse(null))))
                .build();
    }

    /** The user's keys without the keys themselves (only hashes are stored). */
    @GET
    @Path("{id}/keys")
    public JsonObject keys(@PathParam("id") String userId) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        accounts.keysOf(userId).forEach(k -> all.add(AdminViews.key(k)));
        return Json.createObjectBuilder().add("keys", all).build();
    }
}
