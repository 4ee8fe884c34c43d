package io.qrun.it.api;

import static io.qrun.it.api.ApiClient.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The error codes of docs/errors.md that no other IT provokes, each over HTTP with its code and
 * message (ErrorCodesCoverageTest checks that every code of the catalogue is provoked by some IT).
 */
class ErrorCodesIT extends ApiITBase {

    private static ApiClient user;

    @BeforeEach
    void tenant() {
        if (user == null) {
            user = operator().newTenant("open", null);
        }
    }

    private static void assertError(ApiClient.Reply r, String code, String message) {
        assertEquals(code, r.errorCode(), r.body());
        assertEquals(message, r.errorMessage());
        assertEquals(message, r.map().get("error"), "'error' repeats the message");
    }

    @Test
    void notAcceptable() {
        ApiClient.Reply r = expect(406, user.send("GET", "jobs", null, Map.of("Accept", "application/xml")));
        assertError(r, "not_acceptable", "Cannot produce the requested media type on GET /jobs. Accept application/json.");
    }

    @Test
    void unsupportedMediaTypeAndABodyWithoutContentTypeIsJson() {
        String bell = io.qrun.application.json.JsonTrees.write(Jobs.sampler("it_fast", Jobs.BELL_QASM3, 10, 1));
        ApiClient.Reply r = expect(415, user.send("POST", "jobs", bell, Map.of("Content-Type", "text/plain")));
        assertError(r, "unsupported_media_type",
                "Unsupported request body type on POST /jobs. Send Content-Type: application/json.");
        ApiClient.Reply noType = expect(200, user.send("POST", "jobs", bell, Map.of()));
        user.awaitFinal((String) noType.map().get("id"), java.time.Duration.ofSeconds(60));
    }

    @Test
    void badRequestFromTheServer() {
        // a Content-Type that is not a media type: refused before any resource sees the request
        ApiClient.Reply r = expect(400, user.send("POST", "jobs", "{}", Map.of("Content-Type", "///")));
        assertError(r, "bad_request", "The request to /api/v1/jobs was refused by the server with HTTP status 400."
                + " Check the request line and headers.");
    }

    @Test
    void instanceRequiredForACallerWithoutInstance() {
        ApiClient admin = operator();
        Map<String, Object> noInstances = new LinkedHashMap<>();
        noInstances.put("name", "admin without instances");
        noInstances.put("role", "admin");
        noInstances.put("instances", List.of());
        String id = (String) expect(201, admin.post("admin/users", noInstances)).map().get("id");
        String key = (String) expect(201, admin.post("admin/users/" + id + "/keys", Map.of())).map().get("key");
        ApiClient.Reply r = expect(400, admin.withKey(key).post("jobs", Jobs.sampler("it_fast", Jobs.BELL_QASM3, 10, 1)));
        assertError(r, "instance_required",
                "The request names no instance: set the Service-CRN header to one of your instances.");
    }

    @Test
    void invalidTimeRange() {
        ApiClient.Reply r = expect(400, user.get("backends/it_fast/timeline?from=2026-01-02&to=2026-01-01"));
        assertError(r, "invalid_time_range",
                "from (2026-01-02T00:00:00Z) is after to (2026-01-01T00:00:00Z): give from <= to.");
    }

    @Test
    void userExists() {
        Map<String, Object> again = new LinkedHashMap<>();
        again.put("id", user.userId());
        again.put("name", "the same id again");
        again.put("instances", List.of(user.instanceId()));
        ApiClient.Reply r = expect(409, operator().post("admin/users", again));
        assertError(r, "user_exists", "A user with id '" + user.userId() + "' already exists; choose another id.");
    }

    @Test
    void userNotFoundHasOneWordingOnEveryEndpoint() {
        String message = "No user 'no-such-user'. List users with GET /api/v1/admin/users.";
        assertError(expect(404, operator().get("admin/users/no-such-user")), "user_not_found", message);
        assertError(expect(404, operator().get("admin/users/no-such-user/keys")), "user_not_found", message);
        assertError(expect(404, operator().post("admin/users/no-such-user/keys", Map.of())), "user_not_found", message);
    }

    @Test
    void backendNotFoundHasOneWordingOnEveryEndpoint() {
        String message = "Backend no_such_backend does not exist: GET /api/v1/backends lists the available backends.";
        assertError(expect(404, user.get("backends/no_such_backend/status")), "backend_not_found", message);
        assertError(expect(404, operator().get("admin/backends/no_such_backend")), "backend_not_found", message);
        assertError(expect(404, operator().get("admin/backends/no_such_backend/queue")), "backend_not_found", message);
        assertError(expect(404, user.post("jobs", Jobs.sampler("no_such_backend", Jobs.BELL_QASM3, 10, 1))),
                "backend_not_found", message);
    }

    @Test
    void instanceAndKeyNotFound() {
        assertError(expect(404, operator().get("admin/instances/no-such-instance")), "instance_not_found",
                "No instance 'no-such-instance'. List instances with GET /api/v1/admin/instances.");
        assertError(expect(404, operator().delete("admin/keys/no-such-key")), "key_not_found",
                "No API key with id 'no-such-key'. GET /api/v1/admin/users/{id}/keys lists a user's keys.");
    }

    @Test
    void unauthorizedAndInvalidApiKey() {
        assertError(expect(401, user.withKey(null).get("jobs")), "unauthorized",
                "No API key in the Authorization header. Send 'Authorization: Bearer <api key>' (or 'apikey <api key>');"
                        + " an operator creates keys with POST /api/v1/admin/users/{id}/keys.");
        assertError(expect(401, user.withKey("not-a-key").get("jobs")), "invalid_api_key",
                "The API key is not valid (unknown or deleted). Check the key or ask the operator for a new one.");
    }

    @Test
    void forbiddenNamesTheRole() {
        assertError(expect(403, user.get("admin/instances")), "forbidden",
                "GET /admin/instances needs role 'admin'; user '" + user.userId()
                        + "' has role 'user'. Ask the operator, or use an admin key.");
    }

    @Test
    void methodNotAllowedAndNotFound() {
        ApiClient.Reply r = expect(405, operator().delete("admin/instances"));
        assertEquals("method_not_allowed", r.errorCode());
        assertEquals("The method is not allowed on DELETE /admin/instances. Allowed: [GET, HEAD, OPTIONS, POST].",
                r.errorMessage());
        assertError(expect(404, user.get("no/such/path")), "not_found",
                "No resource at GET /no/such/path. The API is under /api/v1; README lists its endpoints.");
    }
}
