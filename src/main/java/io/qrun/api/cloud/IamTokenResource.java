package io.qrun.api.cloud;

import io.qrun.api.json.JsonResponses;
import io.qrun.api.security.Unauthenticated;
import io.qrun.application.accounts.AccessTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /identity/token}, the IAM token exchange as IBM's Python SDK (IAMTokenManager) sends
 * it: a form body {@code grant_type=urn:ibm:params:oauth:grant-type:apikey&apikey=...&response_type=cloud_iam}
 * without an Authorization header; the answer's {@code access_token} is a JWT whose {@code exp}
 * and {@code iat} the SDK reads to know when to ask again. {@code response_type} and {@code scope}
 * are accepted and have no effect.
 */
@Path("identity/token")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IamTokenResource {

    @Inject
    AccessTokens tokens;

    @POST
    @Unauthenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response token(@FormParam("grant_type") String grantType, @FormParam("apikey") String apiKey,
                          @FormParam("refresh_token") String refreshToken) {
        AccessTokens.Issued t = tokens.exchange(grantType, apiKey, refreshToken);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("access_token", t.accessToken());
        json.put("refresh_token", t.refreshToken());
        json.put("token_type", "Bearer");
        json.put("expires_in", t.expiresIn());
        json.put("expiration", t.expiration());
        return JsonResponses.ok(json);
    }
}
