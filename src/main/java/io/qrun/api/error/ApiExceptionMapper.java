package io.qrun.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes an {@link ApiException} as the API's error body with its own status and code. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(ApiException e) {
        String trace = ErrorResponses.newTrace();
        if (e.status() >= 500) {
            LOG.log(Level.SEVERE, "trace " + trace + ": " + e.getMessage(), e);
        }
        return ErrorResponses.response(e.status(), trace, e.code(), e.getMessage());
    }
}
