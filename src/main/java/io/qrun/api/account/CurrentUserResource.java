package io.qrun.api.account;

import io.qrun.api.admin.AdminViews;
import io.qrun.application.QrunException;
import io.qrun.application.ErrorCode;
import io.qrun.application.accounts.Caller;
import io.qrun.domain.user.User;
import io.qrun.domain.user.UserRepository;
import jakarta.inject.Inject;
import io.qrun.api.json.JsonResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * {@code GET /users/me}: who the key belongs to and which instance this request acts for (after
 * the Service-CRN header). Lets a client check its credentials and instance selection.
 */
@Path("/users/me")
@Produces(MediaType.APPLICATION_JSON)
public class CurrentUserResource {

    @Inject
    Caller caller;

    @Inject
    UserRepository users;

    @GET
    public Response me() {
        User u = users.find(caller.userId()).orElseThrow(() -> new QrunException(ErrorCode.INVALID_API_KEY,
                "The user of this API key no longer exists. Ask the operator for a key of an existing user."));
        Map<String, Object> json = AdminViews.user(u);
        json.put("instance", caller.instanceId());
        return JsonResponses.ok(json);
    }
}
