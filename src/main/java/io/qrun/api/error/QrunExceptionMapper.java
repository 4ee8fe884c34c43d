package io.qrun.api.error;

import io.qrun.application.ErrorKind;
import io.qrun.application.QrunException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes a {@link QrunException} as the API's error body, with the HTTP status of its kind. */
@Provider
public class QrunExceptionMapper implements ExceptionMapper<QrunException> {

    private static final Logger LOG = Logger.getLogger(QrunExceptionMapper.class.getName());

    @Override
    public Response toResponse(QrunException e) {
        String trace = ErrorResponses.newTrace();
        if (e.kind() == ErrorKind.INTERNAL) {
            LOG.log(Level.SEVERE, "trace " + trace + ": " + e.getMessage(), e);
        }
        return ErrorResponses.response(trace, e.code(), e.getMessage());
    }
}
