package io.qrun.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Authentication and instance selection (README, Configuration: Authentication). */
class AuthenticationIT extends QrunIT {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void noKeyIs401InTheErrorFormat() {
        anonymous().get("/users/me").then()
                .statusCode(401)
                .contentType(ContentType.JSON)
                .body("trace", matchesPattern(UUID_PATTERN))
                .body("errors.size()", equalTo(1))
                .body("errors[0].code", equalTo("unauthorized"))
                .body("errors[0].message", containsString("Authorization: Bearer"))
                .body("errors[0].more_info", equalTo("docs/errors.md#unauthorized"));
    }

    @Test
    void unknownKeyIs401() {
        as("qrun_not-a-real-key").get("/users/me").then()
                .statusCode(401)
                .body("errors[0].code", equalTo("invalid_api_key"));
    }

    @Test
    void otherAuthorizationSchemesAre401() {
        anonymous().header("Authorization", "Basic " + ADMIN_KEY).get("/users/me").then()
                .statusCode(401).body("errors[0].code", equalTo("unauthorized"));
        anonymous().header("Authorization", ADMIN_KEY).get("/users/me").then()
                .statusCode(401).body("errors[0].code", equalTo("unauthorized"));
    }

    @Test
    void bearerAndApikeySchemesBothWorkAndUnknownHeadersAreIgnored() {
        Tenant t = newTenant("open");
        as(t.apiKey()).header("IBM-API-Version", "2025-01-01").header("X-Qx-Client-Application", "qiskit/2.0")
                .get("/users/me").then()
                .statusCode(200)
                .body("id", equalTo(t.userId()))
                .body("role", equalTo("user"))
                .body("instance", equalTo(t.instanceId()))
                .body("instances", equalTo(List.of(t.instanceId())));
        anonymous().header("Authorization", "apikey " + t.apiKey()).get("/users/me").then()
                .statusCode(200).body("id", equalTo(t.userId()));
    }

    @Test
    void userGets403OnEveryOperatorEndpoint() {
        Tenant t = newTenant("premium");
        as(t.apiKey()).get("/admin/instances").then().statusCode(403)
                .body("errors[0].code", equalTo("forbidden"))
                .body("errors[0].message", containsString("role 'admin'"));
        as(t.apiKey()).contentType(ContentType.JSON).body(QrunIT.json(Map.of("id", "sneaky", "plan", "premium")))
                .post("/admin/instances").then().statusCode(403);
        as(t.apiKey()).contentType(ContentType.JSON).body("{}")
                .post("/admin/users/" + t.userId() + "/keys").then().statusCode(403);
        as(t.apiKey()).delete("/admin/keys/" + t.keyId()).then().statusCode(403);
        as(t.apiKey()).post("/admin/backends/it_fast/pause").then().statusCode(403);
        // nothing was created or deleted by the refused calls
        admin().get("/admin/instances/sneaky").then().statusCode(404);
        as(t.apiKey()).get("/users/me").then().statusCode(200);
    }

    @Test
    void serviceCrnSelectsOneOfTheUsersInstances() {
        Tenant t = newTenant("premium");
        String second = t.instanceId() + "-b";
        admin().contentType(ContentType.JSON).body(QrunIT.json(Map.of("id", second, "plan", "open")))
                .post("/admin/instances").then().statusCode(201);
        String userId = t.userId() + "-two";
        admin().contentType(ContentType.JSON)
                .body(QrunIT.json(Map.of("id", userId, "name", "two instances", "instances", List.of(t.instanceId(), second),
                        "default_instance", second)))
                .post("/admin/users").then().statusCode(201)
                .body("default_instance", equalTo(second));
        String key = admin().contentType(ContentType.JSON).body("{}").post("/admin/users/" + userId + "/keys")
                .then().statusCode(201).extract().path("key");

        as(key).get("/users/me").then().statusCode(200).body("instance", equalTo(second));
        as(key).header("Service-CRN", t.instanceId()).get("/users/me").then().statusCode(200)
                .body("instance", equalTo(t.instanceId()));
        as(key).header("Service-CRN", second).get("/users/me").then().statusCode(200)
                .body("instance", equalTo(second));
        // a full IBM-style CRN names the instance in its service-instance segment
        as(key).header("Service-CRN", "crn:v1:bluemix:public:quantum-computing:us-east:a/0123abcd:" + t.instanceId() + "::")
                .get("/users/me").then().statusCode(200).body("instance", equalTo(t.instanceId()));
    }

    @Test
    void serviceCrnOfAForeignOrUnknownInstanceIs403() {
        Tenant mine = newTenant("open");
        Tenant other = newTenant("open");
        as(mine.apiKey()).header("Service-CRN", other.instanceId()).get("/users/me").then()
                .statusCode(403)
                .body("errors[0].code", equalTo("instance_forbidden"))
                .body("errors[0].message", containsString(other.instanceId()))
                .body("errors[0].message", containsString(mine.instanceId()));
        as(mine.apiKey()).header("Service-CRN", "no-such-instance").get("/users/me").then()
                .statusCode(403).body("errors[0].code", equalTo("instance_forbidden"));
    }

    @Test
    void adminMayActForAnyExistingInstance() {
        Tenant t = newTenant("open");
        admin().header("Service-CRN", t.instanceId()).get("/users/me").then().statusCode(200)
                .body("id", equalTo("admin"))
                .body("role", equalTo("admin"))
                .body("instance", equalTo(t.instanceId()));
        admin().header("Service-CRN", "no-such-instance").get("/users/me").then().statusCode(403);
        admin().get("/users/me").then().statusCode(200).body("instance", equalTo("demo"))
                .body("instance", not(equalTo(t.instanceId())));
    }
}
