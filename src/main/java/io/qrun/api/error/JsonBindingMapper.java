package io.qrun.api.error;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON-B could not bind the body to a resource's parameter type: the client's mistake, 400. */
@Provider
public class JsonBindingMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        return ErrorResponses.response(400, "malformed_json", MalformedJson.message(e));
    }
}
