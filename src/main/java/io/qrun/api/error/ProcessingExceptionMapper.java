package io.qrun.api.error;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * On the server side RESTEasy raises ProcessingException when a message body reader fails, that
 * is when the request body cannot be read as the resource's parameter type: answer 400.
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        return ErrorResponses.response(400, "malformed_json", MalformedJson.message(e));
    }
}
