package io.qrun.api.json;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * 200 answers with a JSON body written by {@link JsonTree}: the REST layer writes its own JSON so
 * that field names, nulls and timestamps are exactly as documented, whatever JSON provider the
 * server has.
 */
public final class JsonResponses {

    private JsonResponses() {}

    public static Response ok(Object tree) {
        return Response.ok(JsonTree.write(tree), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** A body that is already JSON text (a stored result), served as is. */
    public static Response okText(String json) {
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
