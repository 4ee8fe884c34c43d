package io.qrun.it.client;

import static io.qrun.it.client.QiskitClientCalls.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.it.QrunIT;
import io.qrun.it.api.ApiClient;
import io.qrun.it.api.ApiClient.Reply;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

/**
 * The IAM token exchange and the instance search and catalog over HTTP: what a token opens, what
 * refuses it (forged, expired, a refresh token in its place, its API key deleted), the grants,
 * and the discovery answers' errors. The Qiskit client's own sequence is QiskitClientReplayIT.
 */
class IamAndDiscoveryIT extends QrunIT {

    @ArquillianResource
    ManagementClient management;

    private String tokenUrl() {
        return apiBase() + "/identity/token";
    }

    private Reply form(String body) {
        return QiskitClientCalls.send(HttpRequest.newBuilder(URI.create(tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String apikeyGrant(String key) {
        return "grant_type=urn%3Aibm%3Aparams%3Aoauth%3Agrant-type%3Aapikey&apikey=" + key + "&response_type=cloud_iam";
    }

    @Test
    void aForgedOrAlteredTokenIsInvalidToken() {
        ApiClient tenant = ApiClient.admin(baseUrl).newTenant("open", null);
        String token = (String) expect(200, form(apikeyGrant(tenant.key()))).map().get("access_token");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(tenant.userId(), "admin");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        Reply r = tenant.withKey(forged).get("users/me");
        assertEquals(401, r.status(), r.body());
        assertEquals("invalid_token", r.errorCode());
        assertTrue(r.errorMessage().contains("signature"), r.errorMessage());
        assertEquals(r.errorMessage(), r.map().get("error"));
        assertEquals("docs/errors.md#invalid_token", ((Map<?, ?>) ((List<?>) r.map().get("errors")).get(0)).get("more_info"));
    }

    @Test
    void aRefreshTokenIsNoAccessTokenButBuysANewOne() {
        ApiClient tenant = ApiClient.admin(baseUrl).newTenant("open", null);
        String refresh = (String) expect(200, form(apikeyGrant(tenant.key()))).map().get("refresh_token");
        Reply asAccess = tenant.withKey(refresh).get("users/me");
        assertEquals(401, asAccess.status());
        assertEquals("invalid_token", asAccess.errorCode());
        Map<String, Object> again = expect(200, form("grant_type=refresh_token&refresh_token=" + refresh)).map();
        assertEquals(tenant.userId(), expect(200, tenant.withKey((String) again.get("access_token")).get("users/me")).map().get("id"));
    }

    @Test
    void deletingTheApiKeyRevokesItsTokens() {
        ApiClient operator = ApiClient.admin(baseUrl);
        ApiClient tenant = operator.newTenant("open", null);
        String token = (String) expect(200, form(apikeyGrant(tenant.key()))).map().get("access_token");
        expect(200, tenant.withKey(token).get("users/me"));
        List<?> keys = (List<?>) expect(200, operator.get("admin/users/" + tenant.userId() + "/keys")).map().get("keys");
        String keyId = (String) ((Map<?, ?>) keys.get(0)).get("id");
        expect(204, operator.delete("admin/keys/" + keyId));
        Reply r = tenant.withKey(token).get("users/me");
        assertEquals(401, r.status());
        assertEquals("invalid_token", r.errorCode());
        assertTrue(r.errorMessage().contains("deleted"), r.errorMessage());
    }

    @Test
    void anExpiredTokenIsTokenExpired() throws Exception {
        ApiClient tenant = ApiClient.admin(baseUrl).newTenant("open", null);
        String token;
        setSystemProperty("qrun.iam.token-lifetime-seconds", "1");
        try {
            Map<String, Object> t = expect(200, form(apikeyGrant(tenant.key()))).map();
            assertEquals(1L, ((Number) t.get("expires_in")).longValue());
            token = (String) t.get("access_token");
        } finally {
            removeSystemProperty("qrun.iam.token-lifetime-seconds");
        }
        Thread.sleep(2100);
        Reply r = tenant.withKey(token).get("users/me");
        assertEquals(401, r.status(), r.body());
        assertEquals("token_expired", r.errorCode());
        // a new exchange has the default lifetime again
        assertEquals(3600L, ((Number) expect(200, form(apikeyGrant(tenant.key()))).map().get("expires_in")).longValue());
    }

    @Test
    void theExchangeNamesWhatIsWrong() {
        Reply unknownKey = form(apikeyGrant("qrun_not-a-key"));
        assertEquals(401, unknownKey.status());
        assertEquals("invalid_api_key", unknownKey.errorCode());
        Reply noGrant = form("apikey=x");
        assertEquals(400, noGrant.status());
        assertEquals("missing_field", noGrant.errorCode());
        assertTrue(noGrant.errorMessage().contains("grant_type"), noGrant.errorMessage());
        Reply otherGrant = form("grant_type=password&username=a&password=b");
        assertEquals(400, otherGrant.status());
        assertEquals("invalid_field", otherGrant.errorCode());
        Reply json = QiskitClientCalls.send(HttpRequest.newBuilder(URI.create(tokenUrl()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(415, json.status());
    }

    @Test
    void theCatalogHasQrunsPlansOnly() {
        ApiClient tenant = ApiClient.admin(baseUrl).newTenant("open", null);
        Map<String, Object> open = expect(200, tenant.get("global-catalog/qrun-plan-open")).map();
        assertEquals("free", ((Map<?, ?>) ((Map<?, ?>) open.get("metadata")).get("pricing")).get("type"));
        Reply r = tenant.get("global-catalog/not-a-plan");
        assertEquals(404, r.status());
        assertEquals("catalog_entry_not_found", r.errorCode());
        assertTrue(r.errorMessage().contains("qrun-plan-premium"), r.errorMessage());
    }

    @Test
    void theSearchListsTheCallersInstancesAndPagesWithACursor() {
        ApiClient operator = ApiClient.admin(baseUrl);
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        String firstId = "it-a-" + suffix;
        String second = "it-b-" + suffix;
        expect(201, operator.post("admin/instances", Map.of("id", firstId, "name", "First", "plan", "open", "share", 1.0)));
        expect(201, operator.post("admin/instances", Map.of("id", second, "name", "Second", "plan", "premium", "share", 1.0)));
        String userId = (String) expect(201, operator.post("admin/users", Map.of("name", "two instances", "role", "user",
                "instances", List.of(firstId, second), "default_instance", firstId))).map().get("id");
        String key = (String) expect(201, operator.post("admin/users/" + userId + "/keys", Map.of("label", "it"))).map().get("key");
        ApiClient tenant = operator.withKey(key);
        Map<String, Object> first = expect(200, tenant.post("global-search/v3/resources/search?limit=1",
                Map.of("query", "service_name:quantum-computing", "fields", List.of("crn", "name")))).map();
        assertEquals(1, ((List<?>) first.get("items")).size());
        String cursor = (String) first.get("search_cursor");
        Map<String, Object> next = expect(200, tenant.post("global-search/v3/resources/search?limit=1",
                Map.of("search_cursor", cursor))).map();
        Map<?, ?> item = (Map<?, ?>) ((List<?>) next.get("items")).get(0);
        assertEquals("crn:v1:qrun:local:quantum-computing:local:a/qrun:" + second + "::", item.get("crn"));
        assertTrue(!next.containsKey("search_cursor"), next.toString());
        // the CRN selects the instance as Service-CRN
        Reply me = tenant.send("GET", "users/me", null, Map.of("Service-CRN", (String) item.get("crn")));
        assertEquals(second, expect(200, me).map().get("instance"));
        Reply other = tenant.post("global-search/v3/resources/search", Map.of("query", "type:resource-group"));
        assertEquals(400, other.status());
        assertEquals("invalid_field", other.errorCode());
    }

    private void setSystemProperty(String name, String value) throws Exception {
        ModelNode op = new ModelNode();
        op.get("operation").set("add");
        op.get("address").add("system-property", name);
        op.get("value").set(value);
        execute(op);
    }

    private void removeSystemProperty(String name) throws Exception {
        ModelNode op = new ModelNode();
        op.get("operation").set("remove");
        op.get("address").add("system-property", name);
        execute(op);
    }

    private void execute(ModelNode op) throws Exception {
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), result.toString());
    }
}
