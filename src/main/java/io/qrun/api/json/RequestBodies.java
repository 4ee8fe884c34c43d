package io.qrun.api.json;

import io.qrun.application.InputErrors;

/** Parses a request body as JSON, answering 400 in the API's error format when it is not. */
public final class RequestBodies {

    private RequestBodies() {}

    public static Object parse(String body) {
        try {
            return JsonTree.parse(body);
        } catch (JsonTree.MalformedJsonException e) {
            throw InputErrors.malformedBody(e.getMessage());
        }
    }
}
