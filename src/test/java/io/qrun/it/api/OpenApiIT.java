package io.qrun.it.api;

import static io.qrun.it.api.OpenApiDocument.list;
import static io.qrun.it.api.OpenApiDocument.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.api.error.ErrorResponses;
import io.qrun.application.ErrorCode;
import io.qrun.application.json.JsonTrees;
import io.qrun.it.api.ApiClient.Reply;
import io.qrun.it.api.ResourceMethods.Operation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The API description served at /openapi (src/main/resources/META-INF/openapi.yaml, served as is)
 * against the implementation: every JAX-RS resource method found by reflection must be in it with
 * the same path, parameters, request body, media types and security, and nothing else; every
 * error code in it must be one of ErrorCode with the status of its kind; its examples must fit
 * their schemas; and real answers of the server must fit the schemas of their operations.
 */
class OpenApiIT extends ApiITBase {

    private static final String API_KEY_SCHEME = "apiKey";
    private static final String INSTANCE_HEADER = "Service-CRN";
    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED;
    private static final String JSON = MediaType.APPLICATION_JSON;

    private OpenApiDocument served() {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(baseUrl.toExternalForm().replaceAll("/+$", "") + "/openapi?format=JSON"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            return new OpenApiDocument(map(JsonTrees.parse(r.body())));
        } catch (Exception e) {
            throw new AssertionError("GET /openapi failed: " + e, e);
        }
    }

    @Test
    void everyResourceMethodIsDescribedAndNothingElse() {
        OpenApiDocument doc = served();
        assertTrue(String.valueOf(doc.root().get("openapi")).startsWith("3.1"), "openapi " + doc.root().get("openapi"));
        assertTrue(list(doc.root().get("security")).stream().anyMatch(s -> map(s).containsKey(API_KEY_SCHEME)),
                "the document's default security must be " + API_KEY_SCHEME);
        Map<String, Map<String, Object>> described = doc.operations();
        List<Operation> code = ResourceMethods.all();
        List<String> problems = new ArrayList<>();
        Set<String> implemented = new TreeSet<>();
        for (Operation op : code) {
            implemented.add(op.key());
            Map<String, Object> d = described.get(op.key());
            if (d == null) {
                problems.add(op.key() + " (" + op.javaName() + ") is not in the document");
            } else {
                compare(doc, op, d, problems);
            }
        }
        for (String key : described.keySet()) {
            if (!implemented.contains(key)) {
                problems.add(key + " is in the document but no resource method answers it");
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " differences between the document and the resource methods:\n  "
                + String.join("\n  ", problems));
        assertEquals(code.size(), described.size());
    }

    private void compare(OpenApiDocument doc, Operation op, Map<String, Object> d, List<String> problems) {
        String where = op.key() + ": ";
        String path = op.path();
        List<Map<String, Object>> params = doc.parameters(path, d);
        expectSame(where + "path parameters", op.pathParams(), names(params, "path"), problems);
        expectSame(where + "query parameters", op.queryParams(), names(params, "query"), problems);
        // Content-Type is the request body's media type, never a parameter in OpenAPI; Service-CRN is
        // read by the authentication filter for every operation that needs credentials
        Set<String> headers = new TreeSet<>(op.headerParams());
        headers.removeIf(h -> h.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE));
        if (!op.unauthenticated()) {
            headers.add(INSTANCE_HEADER);
        }
        expectSame(where + "header parameters", headers, names(params, "header"), problems);
        for (Map<String, Object> p : params) {
            if ("path".equals(p.get("in")) && !Boolean.TRUE.equals(p.get("required"))) {
                problems.add(where + "path parameter " + p.get("name") + " is not required");
            }
            if (p.get("schema") == null) {
                problems.add(where + "parameter " + p.get("name") + " has no schema");
            }
        }
        compareSecurity(where, op, d, problems);
        compareRequestBody(doc, where, op, d, problems);
        compareResponses(doc, where, op, d, problems);
    }

    private static void compareSecurity(String where, Operation op, Map<String, Object> d, List<String> problems) {
        Object security = d.get("security");
        boolean anonymous = security != null && list(security).stream().anyMatch(s -> map(s).isEmpty());
        if (op.unauthenticated() != anonymous) {
            problems.add(where + (op.unauthenticated() ? "needs no credentials (@Unauthenticated) but the document"
                    + " does not say security: [{}]" : "needs credentials but the document lets it go without"));
        }
    }

    private static void compareRequestBody(OpenApiDocument doc, String where, Operation op, Map<String, Object> d,
            List<String> problems) {
        boolean hasBody = op.entity() || !op.formParams().isEmpty();
        Object body = d.get("requestBody");
        if (!hasBody) {
            if (body != null) {
                problems.add(where + "has a requestBody but the method reads no entity");
            }
            return;
        }
        if (body == null) {
            problems.add(where + "reads a request entity but the document has no requestBody");
            return;
        }
        Map<String, Object> content = map(doc.resolve(body).get("content"));
        List<String> expected = !op.formParams().isEmpty() ? List.of(FORM)
                : op.consumes().isEmpty() || op.consumes().contains(MediaType.WILDCARD) ? List.of(JSON) : op.consumes();
        expectSame(where + "request media types", new TreeSet<>(expected), new TreeSet<>(content.keySet()), problems);
        content.forEach((type, media) -> {
            Map<String, Object> m = map(media);
            if (m.get("schema") == null || doc.examples(m).isEmpty()) {
                problems.add(where + "request body " + type + " lacks a schema or an example");
            }
            if (FORM.equals(type)) {
                Set<String> properties = map(doc.resolve(m.get("schema")).get("properties")).keySet();
                for (String f : op.formParams()) {
                    if (!properties.contains(f)) {
                        problems.add(where + "form parameter " + f + " is not a property of the form body");
                    }
                }
            }
        });
    }

    private static void compareResponses(OpenApiDocument doc, String where, Operation op, Map<String, Object> d,
            List<String> problems) {
        Map<String, Object> responses = map(d.get("responses"));
        boolean success = false;
        for (Map.Entry<String, Object> e : responses.entrySet()) {
            if (!e.getKey().matches("[1-5]\\d\\d")) {
                problems.add(where + "response '" + e.getKey() + "' is not an HTTP status");
                continue;
            }
            int status = Integer.parseInt(e.getKey());
            Map<String, Object> response = doc.resolve(e.getValue());
            Map<String, Object> content = map(response.get("content"));
            if (status >= 200 && status < 300) {
                if (content.isEmpty() && status != 204) {
                    problems.add(where + status + " has no content (only 204 may have none)");
                }
                if (!content.isEmpty() && status == 204) {
                    problems.add(where + "204 has content");
                }
                for (Map.Entry<String, Object> media : content.entrySet()) {
                    Map<String, Object> m = map(media.getValue());
                    if (m.get("schema") == null || doc.examples(m).isEmpty()) {
                        problems.add(where + status + " " + media.getKey() + " lacks a schema or an example");
                    } else {
                        success = true;
                    }
                    if (!op.produces().isEmpty() && !op.produces().contains(media.getKey())) {
                        problems.add(where + status + " is documented as " + media.getKey() + " but the method produces "
                                + op.produces());
                    }
                }
                success |= status == 204;
            }
        }
        if (!success) {
            problems.add(where + "no 2xx response with a schema and an example (or a 204)");
        }
        expectCodes(where, responses, doc, "401", ErrorCode.UNAUTHORIZED, !op.unauthenticated(), problems);
        expectCodes(where, responses, doc, "403", ErrorCode.FORBIDDEN, op.admin(), problems);
        expectCodes(where, responses, doc, "500", ErrorCode.INTERNAL_ERROR, true, problems);
        // the JSON body check answers 415 for another media type (JsonMediaType); so does a form-only @Consumes
        boolean refusesMediaTypes = op.headerParams().stream().anyMatch(h -> h.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE))
                || !op.consumes().isEmpty() && !op.consumes().contains(MediaType.WILDCARD);
        expectCodes(where, responses, doc, "415", ErrorCode.UNSUPPORTED_MEDIA_TYPE, refusesMediaTypes, problems);
    }

    /** {@code expected}: the code is listed under that status; otherwise it must not be. */
    private static void expectCodes(String where, Map<String, Object> responses, OpenApiDocument doc, String status,
            ErrorCode code, boolean expected, List<String> problems) {
        Object response = responses.get(status);
        boolean listed = response != null && list(doc.resolve(response).get("x-qrun-error-codes")).contains(code.code());
        if (listed != expected) {
            problems.add(where + status + (expected ? " does not list " : " lists ") + code.code());
        }
    }

    private static Set<String> names(List<Map<String, Object>> params, String in) {
        return params.stream().filter(p -> in.equals(p.get("in"))).map(p -> String.valueOf(p.get("name")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void expectSame(String what, Set<String> code, Set<String> document, List<String> problems) {
        if (!code.equals(document)) {
            Set<String> missing = new TreeSet<>(code);
            missing.removeAll(document);
            Set<String> extra = new TreeSet<>(document);
            extra.removeAll(code);
            problems.add(what + ": the code has " + code + ", the document " + document
                    + (missing.isEmpty() ? "" : "; missing " + missing) + (extra.isEmpty() ? "" : "; not in the code " + extra));
        }
    }

    @Test
    void errorCodesAreTheCataloguesWithTheStatusOfTheirKind() {
        OpenApiDocument doc = served();
        Map<String, ErrorCode> catalogue = new LinkedHashMap<>();
        for (ErrorCode c : ErrorCode.values()) {
            catalogue.put(c.code(), c);
        }
        List<String> problems = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        doc.operations().forEach((key, op) -> map(op.get("responses")).forEach((status, r) -> {
            Map<String, Object> response = doc.resolve(r);
            List<?> codes = list(response.get("x-qrun-error-codes"));
            int http = Integer.parseInt(status);
            if (http >= 400 && codes.isEmpty()) {
                problems.add(key + " " + status + " lists no error code");
            }
            if (http < 400 && !codes.isEmpty()) {
                problems.add(key + " " + status + " is no error but lists codes");
            }
            if (http >= 400) {
                Map<String, Object> json = map(map(response.get("content")).get(JSON));
                if (!"#/components/schemas/Error".equals(map(json.get("schema")).get("$ref"))) {
                    problems.add(key + " " + status + " is not application/json with the Error schema");
                }
            }
            for (Object c : codes) {
                ErrorCode known = catalogue.get(String.valueOf(c));
                if (known == null) {
                    problems.add(key + " " + status + ": '" + c + "' is not an ErrorCode");
                } else if (ErrorResponses.status(known.kind()) != http) {
                    problems.add(key + " " + status + ": " + c + " is answered with "
                            + ErrorResponses.status(known.kind()) + " (kind " + known.kind() + ")");
                }
                used.add(String.valueOf(c));
            }
        }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        // the codes every request may get (no such path, method, a header that is no media type) are in
        // info.description; every other code is answered by some operation
        Set<String> unlisted = new TreeSet<>(catalogue.keySet());
        unlisted.removeAll(used);
        assertEquals(Set.of("bad_request", "method_not_allowed", "not_found"), unlisted);
    }

    @Test
    void examplesFitTheirSchemas() {
        OpenApiDocument doc = served();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Map<String, Object>> e : doc.operations().entrySet()) {
            Map<String, Object> op = e.getValue();
            List<Map.Entry<String, Object>> contents = new ArrayList<>();
            if (op.get("requestBody") != null) {
                map(doc.resolve(op.get("requestBody")).get("content")).entrySet().forEach(c -> contents.add(
                        Map.entry(e.getKey() + " request " + c.getKey(), c.getValue())));
            }
            map(op.get("responses")).forEach((status, r) -> map(doc.resolve(r).get("content")).forEach((type, media) ->
                    contents.add(Map.entry(e.getKey() + " " + status + " " + type, media))));
            for (Map.Entry<String, Object> c : contents) {
                Map<String, Object> media = map(c.getValue());
                for (Object example : doc.examples(media)) {
                    doc.check(media.get("schema"), example, c.getKey() + " example", problems);
                    checked++;
                }
            }
        }
        for (Map.Entry<String, Object> s : map(map(doc.root().get("components")).get("schemas")).entrySet()) {
            for (Object example : list(map(s.getValue()).get("examples"))) {
                doc.check(s.getValue(), example, "schema " + s.getKey() + " example", problems);
                checked++;
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(checked >= doc.operations().size(), "only " + checked + " examples");
    }

    /** Real answers, each checked against the schema the document gives for its operation and status. */
    @Test
    void answersOfTheServerFitTheirSchemas() {
        OpenApiDocument doc = served();
        List<String> problems = new ArrayList<>();
        ApiClient admin = operator();
        ApiClient user = admin.newTenant("premium", 3600L);

        conforms(doc, "GET", "/backends", user.get("backends"), problems);
        conforms(doc, "GET", "/backends/{name}/status", user.get("backends/it_fast/status"), problems);
        conforms(doc, "GET", "/backends/{name}/configuration", user.get("backends/it_fast/configuration"), problems);
        Reply properties = user.get("backends/it_fast/properties");
        conforms(doc, "GET", "/backends/{name}/properties", properties, problems);
        String calibration = (String) properties.map().get("calibration_id");
        conforms(doc, "GET", "/backends/{name}/configuration",
                user.get("backends/it_fast/configuration?calibration_id=" + calibration), problems);
        conforms(doc, "GET", "/backends/{name}/timeline", user.get("backends/it_fast/timeline"), problems);

        Reply submitted = user.post("jobs", Jobs.with(Jobs.sampler("it_fast", Jobs.BELL_QASM3, 64, 7), "tags", List.of("openapi")));
        conforms(doc, "POST", "/jobs", submitted, problems);
        String job = (String) submitted.map().get("id");
        conforms(doc, "GET", "/jobs/{id}", user.get("jobs/" + job), problems);
        user.awaitFinal(job, Duration.ofSeconds(60));
        conforms(doc, "GET", "/jobs/{id}", user.get("jobs/" + job), problems);
        conforms(doc, "GET", "/jobs", user.get("jobs?exclude_params=false"), problems);
        conforms(doc, "GET", "/jobs/{id}/results", user.get("jobs/" + job + "/results"), problems);
        conforms(doc, "GET", "/jobs/{id}/metrics", user.get("jobs/" + job + "/metrics"), problems);
        conforms(doc, "GET", "/jobs/{id}/logs", user.get("jobs/" + job + "/logs"), problems);
        conforms(doc, "PUT", "/jobs/{id}/tags", user.put("jobs/" + job + "/tags", Map.of("tags", List.of("a"))), problems);
        conforms(doc, "POST", "/jobs/{id}/cancel", user.post("jobs/" + job + "/cancel", ""), problems);
        conforms(doc, "GET", "/jobs/{id}", user.get("jobs/aaaaaaaaaaaaaaaaaaaa"), problems);

        Reply session = user.post("sessions", Map.of("mode", "batch", "backend", "it_session"));
        conforms(doc, "POST", "/sessions", session, problems);
        String sessionId = (String) session.map().get("id");
        conforms(doc, "GET", "/sessions", user.get("sessions"), problems);
        conforms(doc, "GET", "/sessions/{id}", user.get("sessions/" + sessionId), problems);
        conforms(doc, "DELETE", "/sessions/{id}/close", user.delete("sessions/" + sessionId + "/close"), problems);
        conforms(doc, "POST", "/sessions", user.post("sessions", Map.of("mode", "batch", "backend", "it_simulator")), problems);

        conforms(doc, "GET", "/instances/usage", user.get("instances/usage"), problems);
        conforms(doc, "GET", "/users/me", user.get("users/me"), problems);
        conforms(doc, "GET", "/admin/backends", user.get("admin/backends"), problems);

        conforms(doc, "GET", "/admin/backends", admin.get("admin/backends"), problems);
        conforms(doc, "GET", "/admin/backends/{name}", admin.get("admin/backends/it_fast"), problems);
        conforms(doc, "GET", "/admin/backends/{name}/queue", admin.get("admin/backends/it_fast/queue"), problems);
        conforms(doc, "GET", "/admin/instances", admin.get("admin/instances"), problems);
        conforms(doc, "GET", "/admin/instances/{id}", admin.get("admin/instances/" + user.instanceId()), problems);
        conforms(doc, "GET", "/admin/users", admin.get("admin/users"), problems);
        conforms(doc, "GET", "/admin/users/{id}", admin.get("admin/users/" + user.userId()), problems);
        conforms(doc, "GET", "/admin/users/{id}/keys", admin.get("admin/users/" + user.userId() + "/keys"), problems);

        Reply token = user.withKey(null).send("POST", "identity/token", "grant_type="
                + URLEncoder.encode("urn:ibm:params:oauth:grant-type:apikey", StandardCharsets.UTF_8) + "&apikey="
                + URLEncoder.encode(user.key(), StandardCharsets.UTF_8), Map.of("Content-Type", FORM));
        conforms(doc, "POST", "/identity/token", token, problems);
        conforms(doc, "POST", "/global-search/v3/resources/search", user.post("global-search/v3/resources/search",
                Map.of("query", "service_name:quantum-computing", "fields", List.of("*"))), problems);
        conforms(doc, "GET", "/global-catalog/{id}", user.get("global-catalog/qrun-plan-premium"), problems);

        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * The answer's status must be a response of the operation; a JSON body must fit its schema, and an
     * error's code must be one the response lists; another media type must be the documented one.
     */
    private static void conforms(OpenApiDocument doc, String method, String template, Reply reply, List<String> problems) {
        String key = method + " /api/v1" + template;
        Map<String, Object> op = doc.operations().get(key);
        if (op == null) {
            problems.add(key + " is not in the document");
            return;
        }
        Object documented = map(op.get("responses")).get(String.valueOf(reply.status()));
        if (documented == null) {
            problems.add(key + " answered " + reply.status() + ", which the document does not list: " + reply.body());
            return;
        }
        Map<String, Object> response = doc.resolve(documented);
        Map<String, Object> content = map(response.get("content"));
        String type = reply.contentType().split(";", 2)[0].trim();
        if (reply.body().isEmpty()) {
            if (!content.isEmpty()) {
                problems.add(key + " " + reply.status() + " answered no body; the document has " + content.keySet());
            }
            return;
        }
        Map<String, Object> media = map(content.get(type));
        if (media.isEmpty()) {
            problems.add(key + " " + reply.status() + " answered " + type + "; the document has " + content.keySet());
            return;
        }
        if (JSON.equals(type)) {
            doc.check(media.get("schema"), reply.json(), key + " " + reply.status(), problems);
            if (reply.status() >= 400 && !list(response.get("x-qrun-error-codes")).contains(reply.errorCode())) {
                problems.add(key + " " + reply.status() + " answered code " + reply.errorCode() + ", not listed there");
            }
        }
    }
}
