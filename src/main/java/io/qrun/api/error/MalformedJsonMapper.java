package io.qrun.api.error;

import io.qrun.application.ErrorCode;
import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not JSON (or not the JSON shape a resource binds to) is the client's
 * mistake: 400 {@code malformed_json} with the parser's position, never a 500.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException e) {
        return ErrorResponses.response(ErrorCode.MALFORMED_JSON, MalformedJson.message(e));
    }
}
