package io.qrun.api.error;

import io.qrun.application.ErrorCode;
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
        return ErrorResponses.response(ErrorCode.MALFORMED_JSON, MalformedJson.message(e));
    }
}
