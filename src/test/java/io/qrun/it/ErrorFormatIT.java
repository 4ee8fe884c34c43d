package io.qrun.it;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Every 4xx/5xx is the JSON error body of docs/errors.md, never an HTML page; the OpenAPI document is served. */
class ErrorFormatIT extends QrunIT {

    @Test
    void malformedJsonIs400WithThePosition() {
        admin().contentType(ContentType.JSON).body("{\"id\": \"x\", ").post("/admin/instances").then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("errors[0].code", equalTo("malformed_json"))
                .body("errors[0].message", startsWith("The request body is not valid JSON: line 1, column"))
                .body("errors[0].message", endsWith(". Send a JSON object with Content-Type: application/json."));
        admin().contentType(ContentType.JSON).body("[1, 2]").post("/admin/instances").then()
                .statusCode(400)
                .body("errors[0].message", equalTo("The request body must be a JSON object, found an array."));
        admin().contentType(ContentType.JSON).body("").post("/admin/instances").then()
                .statusCode(400).body("errors[0].message", equalTo("The request body is empty; send a JSON object."));
    }

    @Test
    void unknownApiPathIs404InTheErrorFormat() {
        admin().get("/no/such/path").then()
                .statusCode(404)
                .contentType(ContentType.JSON)
                .body("errors[0].code", equalTo("not_found"))
                .body("errors[0].message", equalTo("No resource at GET /no/such/path. The API is under /api/v1; README lists its endpoints."))
                .body("$", hasKey("trace"));
    }

    @Test
    void unknownPathOutsideTheApiIs404JsonNotHtml() {
        RestAssured.given().baseUri(baseUrl.toExternalForm()).get("/definitely-not-here.html").then()
                .statusCode(404)
                .contentType(ContentType.JSON)
                .body("errors[0].code", equalTo("not_found"))
                .body("errors[0].message", equalTo("No resource at /definitely-not-here.html. The API is under /api/v1; README lists its endpoints."));
    }

    @Test
    void wrongMethodIs405InTheErrorFormat() {
        admin().delete("/admin/instances").then()
                .statusCode(405)
                .contentType(ContentType.JSON)
                .body("errors[0].code", equalTo("method_not_allowed"));
    }

    @Test
    void openApiDocumentListsTheApi() {
        String root = baseUrl.toExternalForm().replaceAll("/$", "");
        RestAssured.given().accept("application/json").get(root + "/openapi").then()
                .statusCode(200)
                .body("openapi", startsWith("3."))
                .body("info.title", equalTo("Qrun"))
                .body("paths", hasKey("/api/v1/admin/instances"))
                .body("paths", hasKey("/api/v1/admin/users/{id}/keys"))
                .body("components.securitySchemes", hasKey("apiKey"));
    }
}
