package io.qrun.api.admin;

import io.qrun.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.qrun.application.accounts.AccountService;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** Revoking an API key: requests with it get 401 from then on. */
@Path("/admin/keys")
@RolesAllowed(Roles.ADMIN)
public class KeysAdminResource {

    @Inject
    AccountService accounts;

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String keyId) {
        accounts.deleteKey(keyId);
        return Response.noContent().build();
    }
}
