package io.qrun.it.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qrun.application.json.JsonTrees;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A REST client for the ITs: calls /api/v1 as one user (API key, optional Service-CRN) and parses
 * answers with the same JSON code as the server, so numbers keep their exact double values.
 * {@link #admin} acts with the operator key the IT server starts with; {@link #newTenant} creates a
 * fresh instance, user and key over the operator endpoints, so that each test class sees only its
 * own jobs.
 */
public final class ApiClient {

    /** The states after which a job changes no more. */
    public static final Set<String> FINAL = Set.of("Completed", "Cancelled", "Cancelled - Ran too long", "Failed");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI api;
    private final String key;
    private final String instance;
    private final String userId;

    private ApiClient(URI api, String key, String instance, String userId) {
        this.api = api;
        this.key = key;
        this.instance = instance;
        this.userId = userId;
    }

    /** The operator, with the admin key of arquillian.xml (system property qrun.admin.key, default it-admin-key). */
    public static ApiClient admin(URL deployment) {
        String base = deployment.toString().replaceAll("/+$", "");
        return new ApiClient(URI.create(base + "/api/v1/"), io.qrun.it.QrunIT.ADMIN_KEY, null, null);
    }

    /** The same server with another key (or none: null), for authentication tests. */
    public ApiClient withKey(String otherKey) {
        return new ApiClient(api, otherKey, instance, userId);
    }

    public String key() {
        return key;
    }

    public String instanceId() {
        return instance;
    }

    public String userId() {
        return userId;
    }

    /** Creates an instance with its own user and API key; {@code usageLimitSeconds} null = unlimited. */
    public ApiClient newTenant(String plan, Long usageLimitSeconds) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String instanceId = "it-" + suffix;
        Map<String, Object> inst = new LinkedHashMap<>();
        inst.put("id", instanceId);
        inst.put("name", "IT instance " + suffix);
        inst.put("plan", plan);
        inst.put("share", 1.0);
        inst.put("usage_limit_seconds", usageLimitSeconds);
        expect(201, post("admin/instances", inst));
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("name", "it-user-" + suffix);
        user.put("role", "user");
        user.put("instances", List.of(instanceId));
        user.put("default_instance", instanceId);
        String newUserId = (String) expect(201, post("admin/users", user)).map().get("id");
        String newKey = (String) expect(201, post("admin/users/" + newUserId + "/keys", Map.of("label", "it"))).map().get("key");
        return new ApiClient(api, newKey, instanceId, newUserId);
    }

    public Reply get(String path) {
        return send(builder(path).GET());
    }

    public Reply delete(String path) {
        return send(builder(path).DELETE());
    }

    /** Posts a JSON tree, or a String as the raw body. */
    public Reply post(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json").POST(publisher(body)));
    }

    public Reply put(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json").PUT(publisher(body)));
    }

    /**
     * A request with the given headers only (besides the key): for the media-type answers, where
     * {@link #post} would set Content-Type itself. {@code body} null sends none.
     */
    public Reply send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(b);
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JsonTrees.write(body));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(60));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return b;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    public static Reply expect(int status, Reply reply) {
        assertEquals(status, reply.status(), () -> "unexpected status; body: " + reply.body());
        return reply;
    }

    /** Submits a job and returns its id (the answer must be 200). */
    public String submit(Map<String, Object> body) {
        Reply r = expect(200, post("jobs", body));
        return (String) r.map().get("id");
    }

    /** Waits (with a deadline, polling) until the job is final; returns the job object. */
    public Map<String, Object> awaitFinal(String jobId, Duration deadline) {
        await().atMost(deadline).pollInterval(Duration.ofMillis(200))
                .until(() -> FINAL.contains(expect(200, get("jobs/" + jobId)).map().get("status")));
        return expect(200, get("jobs/" + jobId)).map();
    }

    public Map<String, Object> awaitStatus(String jobId, String status, Duration deadline) {
        await().atMost(deadline).pollInterval(Duration.ofMillis(200))
                .until(() -> status.equals(expect(200, get("jobs/" + jobId)).map().get("status")));
        return expect(200, get("jobs/" + jobId)).map();
    }

    /** One HTTP answer. */
    public record Reply(int status, String body, String contentType) {

        public Object json() {
            return JsonTrees.parse(body);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> map() {
            return (Map<String, Object>) json();
        }

        /** The first error's code of an error answer. */
        public String errorCode() {
            return (String) firstError().get("code");
        }

        public String errorMessage() {
            return (String) firstError().get("message");
        }

        private Map<?, ?> firstError() {
            Map<String, Object> m = map();
            List<?> errors = (List<?>) m.get("errors");
            if (errors == null || errors.isEmpty() || m.get("trace") == null) {
                throw new AssertionError("not an error body: " + body);
            }
            Map<?, ?> e = (Map<?, ?>) errors.get(0);
            if (!e.containsKey("more_info")) {
                throw new AssertionError("error without more_info: " + body);
            }
            return e;
        }
    }
}
