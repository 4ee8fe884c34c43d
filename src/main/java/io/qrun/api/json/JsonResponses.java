package io.qrun.api.json;

import io.qrun.application.json.JsonTrees;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one way the API writes a JSON body: a plain tree (Map, List, String, Number, Boolean, null,
 * Instant) written by {@link JsonTrees}. The REST layer writes its own JSON so that field names,
 * nulls and timestamps (UTC ISO-8601 with {@code Z}) are exactly as documented, whatever JSON
 * provider the server has. Error bodies are trees too (api.error.ErrorResponses).
 */
public final class JsonResponses {

    private JsonResponses() {}

    public static Response ok(Object tree) {
        return status(200, tree);
    }

    /** 201, for a created instance, user or key. */
    public static Response created(Object tree) {
        return status(201, tree);
    }

    public static Response status(int status, Object tree) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(JsonTrees.write(tree)).build();
    }

    /** A body that is already JSON text (a stored result), served as is. */
    public static Response okText(String json) {
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
