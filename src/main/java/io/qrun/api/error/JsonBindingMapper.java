package io.qrun.api.error;

import io.qrun.application.ErrorCode;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON-B could not bind the body to a resource's parameter type: the client's mistake, 400. */
@Provider
public class JsonBindingMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        return ErrorResponses.response(ErrorCode.MALFORMED_JSON, MalformedJson.message(e));
    }
}
