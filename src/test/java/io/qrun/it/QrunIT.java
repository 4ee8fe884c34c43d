package io.qrun.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the black-box ITs: deploys the built target/qrun.war (exactly what an operator deploys)
 * to the IT server and calls it over HTTP like any client.
 *
 * <p>The server runs with {@code -Dqrun.admin.key=it-admin-key} and
 * {@code -Dqrun.backends.file=src/test/resources/it-backends.json} (its description of each
 * backend says which tests use it) on a database that is new at every {@code mvn verify}. Tests create
 * their own instances and users with {@link #newTenant} (random ids), so they never depend on each
 * other's data.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class QrunIT {

    public static final String ADMIN_KEY = "it-admin-key";

    @ArquillianResource
    protected URL baseUrl;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return qrunWar();
    }

    /** The WAR the build produced (failsafe passes its path). */
    public static WebArchive qrunWar() {
        File war = new File(System.getProperty("qrun.it.war", "target/qrun.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war.getAbsolutePath() + " does not exist: run the ITs with `mvn verify`");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** http://host:port/api/v1 */
    protected String apiBase() {
        return apiBase(baseUrl);
    }

    public static String apiBase(URL base) {
        String s = base.toExternalForm();
        return (s.endsWith("/") ? s : s + "/") + "api/v1";
    }

    /** A request with no credentials. */
    protected RequestSpecification anonymous() {
        return RestAssured.given().baseUri(apiBase()).accept(ContentType.JSON);
    }

    /** A request authenticated with the given key. */
    protected RequestSpecification as(String apiKey) {
        return anonymous().header("Authorization", "Bearer " + apiKey);
    }

    /** A request as the IT admin. */
    protected RequestSpecification admin() {
        return as(ADMIN_KEY);
    }

    /** An instance, a user of it with role user, and that user's API key, created over the operator API. */
    public record Tenant(String instanceId, String userId, String apiKey, String keyId) {
    }

    protected Tenant newTenant(String plan) {
        return newTenant(apiBase(), plan);
    }

    /**
     * A request body as JSON text. REST Assured needs a JSON mapper on the classpath to serialize a
     * Map; the tests have JSON-P (parsson) only, so bodies are written with it. Null values are
     * kept (a PATCH uses them to clear a field).
     */
    public static String json(Map<String, ?> fields) {
        return toJson(fields).toString();
    }

    private static JsonValue toJson(Object v) {
        if (v == null) {
            return JsonValue.NULL;
        }
        if (v instanceof Map<?, ?> m) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            m.forEach((k, x) -> b.add(String.valueOf(k), toJson(x)));
            return b.build();
        }
        if (v instanceof Iterable<?> it) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            it.forEach(x -> b.add(toJson(x)));
            return b.build();
        }
        if (v instanceof String str) {
            return Json.createValue(str);
        }
        if (v instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return Json.createValue(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            return Json.createValue(n.doubleValue());
        }
        throw new IllegalArgumentException("Cannot write " + v.getClass() + " as JSON");
    }

    /** Usable from any test: creates the instance, the user and the key with the admin key. */
    public static Tenant newTenant(String apiBase, String plan) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String instanceId = "it-" + plan + "-" + suffix;
        adminRequest(apiBase).body(json(Map.of("id", instanceId, "name", "IT " + instanceId, "plan", plan, "share", 1.0)))
                .post("/admin/instances").then().statusCode(201);
        String userId = "user-" + suffix;
        adminRequest(apiBase).body(json(Map.of("id", userId, "name", "IT user " + suffix, "role", "user",
                        "instances", List.of(instanceId), "default_instance", instanceId)))
                .post("/admin/users").then().statusCode(201);
        Map<String, Object> key = adminRequest(apiBase).body("{}")
                .post("/admin/users/" + userId + "/keys").then().statusCode(201).extract().jsonPath().getMap("");
        return new Tenant(instanceId, userId, (String) key.get("key"), (String) key.get("id"));
    }

    private static RequestSpecification adminRequest(String apiBase) {
        return RestAssured.given().baseUri(apiBase).accept(ContentType.JSON).contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + ADMIN_KEY);
    }

    /**
     * Asserts that a job (its JSON as {@code GET /jobs/{id}} answers) completed; otherwise the
     * failure shows the job's state with its reason, so a red run says why the job did not.
     */
    protected static void assertCompleted(java.util.Map<String, Object> job) {
        org.junit.jupiter.api.Assertions.assertEquals("Completed", job.get("status"),
                () -> "job " + job.get("id") + " ended " + job.get("status") + ": " + job.get("state"));
    }
}
