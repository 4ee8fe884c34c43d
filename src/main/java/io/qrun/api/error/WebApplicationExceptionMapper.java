package io.qrun.api.error;

import io.qrun.api.security.ApiKeyAuthenticationFilter;
import io.qrun.application.ErrorCode;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The exceptions JAX-RS itself raises (no such path, wrong method, wrong content type, a bad query
 * parameter) answered in the API's error format instead of the container's default page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String where = describeRequest();
        if (e instanceof NotFoundException) {
            return ErrorResponses.response(ErrorCode.NOT_FOUND, ErrorResponses.notFoundMessage(where));
        }
        if (e instanceof NotAllowedException) {
            return ErrorResponses.response(ErrorCode.METHOD_NOT_ALLOWED,
                    "The method is not allowed on " + where + ". Allowed: "
                            + new TreeSet<>(e.getResponse().getAllowedMethods()) + ".");
        }
        if (e instanceof NotSupportedException) {
            return ErrorResponses.response(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported request body type on " + where + ". Send Content-Type: application/json.");
        }
        if (e instanceof NotAcceptableException) {
            return ErrorResponses.response(ErrorCode.NOT_ACCEPTABLE,
                    "Cannot produce the requested media type on " + where + ". Accept application/json.");
        }
        if (e instanceof ForbiddenException) {
            String user = security == null || security.getUserPrincipal() == null ? "this user"
                    : "user '" + security.getUserPrincipal().getName() + "'";
            return ErrorResponses.response(ErrorCode.FORBIDDEN, where + " needs role 'admin'; " + user
                    + " has role 'user'. Ask the operator, or use an admin key.");
        }
        if (e instanceof NotAuthorizedException) {
            return ErrorResponses.response(ErrorCode.UNAUTHORIZED, ApiKeyAuthenticationFilter.MISSING_KEY);
        }
        ErrorCode code = ErrorResponses.codeFor(status);
        if (code == ErrorCode.INTERNAL_ERROR) {
            String trace = ErrorResponses.newTrace();
            LOG.log(Level.SEVERE, "trace " + trace + ": " + where + " answered " + status, e);
            return ErrorResponses.response(trace, code, ErrorResponses.internalErrorMessage(trace));
        }
        // a status without a more specific mapper above (403 from a container check, say) keeps its own code
        return Response.fromResponse(ErrorResponses.response(code, "The request to " + where + " failed: "
                + e.getMessage())).status(status).build();
    }

    private String describeRequest() {
        try {
            return request.getMethod() + " /" + uriInfo.getPath().replaceFirst("^/", "");
        } catch (RuntimeException noRequestContext) {
            return "this path";
        }
    }
}
