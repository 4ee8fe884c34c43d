package io.qrun.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qrun.application.json.JsonTrees;
import io.qrun.it.api.ApiClient.Reply;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP calls of qiskit-ibm-runtime 0.49 (with ibm-cloud-sdk-core 3.x and
 * ibm-platform-services), request for request, with the headers they send, read from their
 * sources: {@code ibm_cloud_sdk_core/token_managers/iam_request_based_token_manager.py} (the token
 * exchange), {@code qiskit_ibm_runtime/accounts/account.py} ({@code list_instances}: Global Search,
 * then Global Catalog per item), {@code qiskit_ibm_runtime/api/session.py} and
 * {@code api/rest/*.py} (the runtime API: {@code IBM-API-Version}, {@code X-Qx-Client-Application},
 * {@code Service-CRN} with the full CRN and {@code Authorization: Bearer <access token>}).
 *
 * <p>Environment of the client being replayed (docs/qiskit-client.md): IAM_URL = {@code <server>/api/v1},
 * GLOBAL_SEARCH_URL = {@code <server>/api/v1/global-search}, GLOBAL_CATALOG_URL =
 * {@code <server>/api/v1/global-catalog}, and a url_resolver answering {@code <server>/api/v1}.
 */
final class QiskitClientCalls {

    static final String IBM_API_VERSION = "2026-04-15";
    static final String CLIENT_APPLICATION = "qiskit-version-2/qiskit-ibm-runtime-0.49.0/qiskit";
    private static final String SDK_USER_AGENT = "ibm-python-sdk-core/iam-authenticator-3.24.4 (lang=python; os=linux; python_version=3.12.3)";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String api;
    private final String apiKey;
    private String accessToken;
    private String crn;

    QiskitClientCalls(String serverBase, String apiKey) {
        this.api = serverBase.replaceAll("/+$", "") + "/api/v1";
        this.apiKey = apiKey;
    }

    String accessToken() {
        return accessToken;
    }

    /** The instance the runtime calls act for (the constructor's {@code instance}, a CRN). */
    QiskitClientCalls withInstance(String instanceCrn) {
        this.crn = instanceCrn;
        return this;
    }

    /** IAMTokenManager.request_token: POST {IAM_URL}/identity/token, a form, no Authorization header. */
    Reply requestToken() {
        String form = "grant_type=" + enc("urn:ibm:params:oauth:grant-type:apikey") + "&apikey=" + enc(apiKey)
                + "&response_type=cloud_iam";
        Reply r = send(HttpRequest.newBuilder(URI.create(api + "/identity/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .header("User-Agent", SDK_USER_AGENT).POST(HttpRequest.BodyPublishers.ofString(form)));
        if (r.status() == 200) {
            accessToken = (String) r.map().get("access_token");
        }
        return r;
    }

    /** GlobalSearchV2.search as list_instances calls it (limit=100, the client's five fields). */
    Reply search(String searchCursor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", "service_name:quantum-computing");
        body.put("fields", List.of("crn", "service_plan_unique_id", "name", "doc", "tags"));
        if (searchCursor != null) {
            body.put("search_cursor", searchCursor);
        }
        return send(sdk(URI.create(api + "/global-search/v3/resources/search?limit=100"), "global_search", "V2", "search")
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JsonTrees.write(body))));
    }

    /** GlobalCatalogV1.get_catalog_entry(id=item.service_plan_unique_id). */
    Reply catalogEntry(String id) {
        return send(sdk(URI.create(api + "/global-catalog/" + id), "global_catalog", "V1", "get_catalog_entry").GET());
    }

    /** A runtime API GET as RetrySession sends it (path relative to the resolved base URL). */
    Reply get(String path, boolean acceptJson) {
        HttpRequest.Builder b = runtime(path);
        if (acceptJson) {
            b.header("Accept", "application/json");
        }
        return send(b.GET());
    }

    /** Runtime.program_run: POST /jobs with the RuntimeEncoder's JSON. */
    Reply postJob(Map<String, Object> payload) {
        return send(runtime("/jobs").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonTrees.write(payload))));
    }

    /** Runtime.create_session / session_details / close_session / cancel_session (api/rest/runtime_session.py). */
    Reply send(String method, String path, Map<String, Object> body) {
        HttpRequest.Builder b = runtime(path).header("Content-Type", "application/json");
        return send(body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(JsonTrees.write(body))));
    }

    String crn() {
        return crn;
    }

    private HttpRequest.Builder runtime(String path) {
        return HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(60))
                .header("IBM-API-Version", IBM_API_VERSION)
                .header("X-Qx-Client-Application", CLIENT_APPLICATION)
                .header("Service-CRN", crn)
                .header("Authorization", "Bearer " + accessToken);
    }

    private HttpRequest.Builder sdk(URI uri, String service, String version, String operation) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + accessToken)
                .header("User-Agent", "platform-services-python-sdk/0.59.1 (lang=python; os=linux; python_version=3.12.3)")
                .header("X-IBMCloud-SDK-Analytics", "service_name=" + service + ";service_version=" + version
                        + ";operation_id=" + operation);
    }

    static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    static Reply expect(int status, Reply reply) {
        assertEquals(status, reply.status(), () -> "unexpected status; body: " + reply.body());
        return reply;
    }

    /** The claims of a JWT, read as PyJWT does with verify_signature False (the SDK reads exp and iat). */
    static Map<String, Object> claims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length, jwt);
        return JsonTrees.parseObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
