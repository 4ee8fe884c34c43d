package io.qrun.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The operator endpoints under /api/v1/admin: instances, users, API keys. */
class OperatorIT extends QrunIT {

    private static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createGetListAndPatchAnInstance() {
        String id = uniqueId("acme");
        Instant before = Instant.now().minusSeconds(5);
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "Acme Quantum");
        body.put("plan", "premium");
        body.put("share", 2.5);
        body.put("usage_limit_seconds", 3600);
        String created = admin().contentType(ContentType.JSON).body(QrunIT.json(body)).post("/admin/instances").then()
                .statusCode(201)
                .body("id", equalTo(id))
                .body("name", equalTo("Acme Quantum"))
                .body("plan", equalTo("premium"))
                .body("share", equalTo(2.5f))
                .body("usage_limit_seconds", equalTo(3600))
                .extract().path("created");
        Instant createdAt = Instant.parse(created);
        assertTrue(createdAt.isAfter(before) && createdAt.isBefore(Instant.now().plusSeconds(5)), created);
        assertTrue(created.endsWith("Z"), created);

        admin().get("/admin/instances/" + id).then().statusCode(200)
                .body("plan", equalTo("premium")).body("usage_period_start", equalTo(created));
        admin().get("/admin/instances").then().statusCode(200).body("instances.id", hasItem(id))
                .body("instances.id", hasItem("demo"));

        Map<String, Object> patch = new HashMap<>();
        patch.put("plan", "open");
        patch.put("usage_limit_seconds", null);
        patch.put("share", 0.5);
        admin().contentType(ContentType.JSON).body(QrunIT.json(patch)).patch("/admin/instances/" + id).then().statusCode(200)
                .body("plan", equalTo("open"))
                .body("share", equalTo(0.5f))
                .body("usage_limit_seconds", nullValue())
                .body("name", equalTo("Acme Quantum"));
        String newPeriod = admin().contentType(ContentType.JSON).body(QrunIT.json(Map.of("reset_usage_period", true)))
                .patch("/admin/instances/" + id).then().statusCode(200).extract().path("usage_period_start");
        assertFalse(Instant.parse(newPeriod).isBefore(createdAt));
        admin().get("/admin/instances/" + id).then().body("plan", equalTo("open")).body("usage_limit_seconds", nullValue());
    }

    @Test
    void invalidInstanceFieldsAre400NamingTheField() {
        admin().contentType(ContentType.JSON).body(QrunIT.json(Map.of("id", uniqueId("x"), "plan", "gold"))).post("/admin/instances")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("invalid_field"))
                .body("errors[0].message", equalTo("Invalid field 'plan': must be \"open\" or \"premium\", found \"gold\"."));
        admin().contentType(ContentType.JSON).body(QrunIT.json(Map.of("id", uniqueId("x"), "share", 0))).post("/admin/instances")
                .then().statusCode(400).body("errors[0].message", equalTo("Invalid field 'share': must be a number greater than 0 (a relative fair-share weight); was 0.0."));
        admin().contentType(ContentType.JSON).body(QrunIT.json(Map.of("id", uniqueId("x"), "usage_limit_second", 5))).post("/admin/instances")
                .then().statusCode(400).body("errors[0].code", equalTo("unknown_field"))
                .body("errors[0].message", equalTo("Unknown field 'usage_limit_second'. Allowed fields: id, name, plan, share, usage_limit_seconds."));
        admin().contentType(ContentType.JSON).body(QrunIT.json(Map.of("name", "no id"))).post("/admin/instances")
                .then().statusCode(400).body("errors[0].code", equalTo("missing_field"))
                .body("errors[0].message", equalTo("Missing required field 'id': give it as a non-blank string."));
        admin().contentType(ContentType.JSON).body(QrunIT.json(Map.of("id", "bad id!"))).post("/admin/instances")
                .then().statusCode(400).body("errors[0].message", startsWith("Invalid field 'id': must be 1..64 letters"));
        admin().contentType(ContentType.JSON).body(QrunIT.json(Map.of("id", "demo"))).post("/admin/instances")
                .then().statusCode(409).body("errors[0].code", equalTo("instance_exists"))
                .body("errors[0].message", equalTo("An instance with id 'demo' already exists; choose another id or PATCH it."));
        admin().contentType(ContentType.JSON).body(QrunIT.json(Map.of("share", -1))).patch("/admin/instances/demo")
                .then().statusCode(400).body("errors[0].message", startsWith("Invalid field 'share': must be a number greater than 0"));
        admin().get("/admin/instances/demo").then().body("share", equalTo(1.0f));
        admin().get("/admin/instances/" + uniqueId("none")).then().statusCode(404)
                .body("errors[0].code", equalTo("instance_not_found"));
    }

    @Test
    void createUserAndKeyThenUseTheKey() {
        Tenant t = newTenant("premium");
        admin().get("/admin/users/" + t.userId()).then().statusCode(200)
                .body("role", equalTo("user"))
                .body("instances", equalTo(List.of(t.instanceId())))
                .body("default_instance", equalTo(t.instanceId()));
        admin().get("/admin/users").then().body("users.id", hasItem(t.userId())).body("users.id", hasItem("admin"));

        assertTrue(t.apiKey().startsWith("qrun_"), t.apiKey());
        // 32 random bytes in unpadded base64url: 43 characters after the prefix
        assertEquals(5 + 43, t.apiKey().length());
        as(t.apiKey()).get("/users/me").then().statusCode(200).body("id", equalTo(t.userId()));

        // a second key differs and works too
        String second = admin().contentType(ContentType.JSON).body(QrunIT.json(Map.of("label", "ci")))
                .post("/admin/users/" + t.userId() + "/keys").then().statusCode(201)
                .body("label", equalTo("ci")).body("user_id", equalTo(t.userId()))
                .extract().path("key");
        assertNotEquals(t.apiKey(), second);
        as(second).get("/users/me").then().statusCode(200);
    }

    @Test
    void keyIsShownOnlyOnceAndNeverListed() {
        Tenant t = newTenant("open");
        String listing = admin().get("/admin/users/" + t.userId() + "/keys").then().statusCode(200)
                .body("keys.size()", equalTo(1))
                .body("keys[0].id", equalTo(t.keyId()))
                .body("keys[0].key", nullValue())
                .extract().asString();
        assertFalse(listing.contains(t.apiKey()), listing);
        assertFalse(admin().get("/admin/users/" + t.userId()).asString().contains(t.apiKey()));
    }

    @Test
    void deletedKeyIs401AndOtherKeysKeepWorking() {
        Tenant t = newTenant("open");
        String spare = admin().contentType(ContentType.JSON).body("{}").post("/admin/users/" + t.userId() + "/keys")
                .then().statusCode(201).extract().path("key");
        admin().delete("/admin/keys/" + t.keyId()).then().statusCode(204);
        as(t.apiKey()).get("/users/me").then().statusCode(401).body("errors[0].code", equalTo("invalid_api_key"));
        as(spare).get("/users/me").then().statusCode(200);
        admin().delete("/admin/keys/" + t.keyId()).then().statusCode(404).body("errors[0].code", equalTo("key_not_found"));
        admin().get("/admin/users/" + t.userId() + "/keys").then().body("keys.size()", equalTo(1));
    }

    @Test
    void invalidUsersAre400NamingTheField() {
        admin().contentType(ContentType.JSON)
                .body(QrunIT.json(Map.of("name", "x", "instances", List.of("no-such-instance"))))
                .post("/admin/users").then().statusCode(400)
                .body("errors[0].message", equalTo("Invalid field 'instances': names the unknown instance 'no-such-instance'; create it first with"
                        + " POST /api/v1/admin/instances."));
        admin().contentType(ContentType.JSON)
                .body(QrunIT.json(Map.of("name", "x", "instances", List.of("demo"), "default_instance", "other")))
                .post("/admin/users").then().statusCode(400)
                .body("errors[0].message", equalTo("Invalid field 'default_instance': 'other' is not one of the user's instances [demo]; name one of them."));
        admin().contentType(ContentType.JSON).body(QrunIT.json(Map.of("name", "x", "role", "root", "instances", List.of("demo"))))
                .post("/admin/users").then().statusCode(400)
                .body("errors[0].message", equalTo("Invalid field 'role': must be \"user\" or \"admin\", found \"root\"."));
        admin().contentType(ContentType.JSON).body(QrunIT.json(Map.of("name", "x"))).post("/admin/users").then().statusCode(400)
                .body("errors[0].message", equalTo("Invalid field 'instances': must name at least one instance for a user with role 'user'."));
        admin().contentType(ContentType.JSON).body("{}").post("/admin/users/" + uniqueId("ghost") + "/keys")
                .then().statusCode(404).body("errors[0].code", equalTo("user_not_found"));
    }

    @Test
    void generatedUserIdsAreUniqueAndUsable() {
        String a = admin().contentType(ContentType.JSON).body(QrunIT.json(Map.of("name", "anon", "instances", List.of("demo"))))
                .post("/admin/users").then().statusCode(201).extract().path("id");
        String b = admin().contentType(ContentType.JSON).body(QrunIT.json(Map.of("name", "anon", "instances", List.of("demo"))))
                .post("/admin/users").then().statusCode(201).extract().path("id");
        assertNotEquals(a, b);
        assertTrue(a.matches("user-[0-9a-f]{16}"), a);
    }
}
