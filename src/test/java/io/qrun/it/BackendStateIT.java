package io.qrun.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pause/resume of a backend is kept in the database: it survives a redeployment of the
 * application (everything in memory is rebuilt, only the database remains).
 */
@ExtendWith(ArquillianExtension.class)
class BackendStateIT {

    private static final String DEPLOYMENT = "qrun-restartable";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    public static WebArchive deployment() {
        return QrunIT.qrunWar();
    }

    private static RequestSpecification admin(URL base) {
        return RestAssured.given().baseUri(QrunIT.apiBase(base)).accept(ContentType.JSON)
                .header("Authorization", "Bearer " + QrunIT.ADMIN_KEY);
    }

    @Test
    void pauseSurvivesRedeploymentAndResumeClearsIt() throws Exception {
        URL base = new URL("http://127.0.0.1:" + (8080 + Integer.getInteger("qrun.port.offset", 0)) + "/");
        deployer.deploy(DEPLOYMENT);
        try {
            admin(base).get("/admin/backends").then().statusCode(200)
                    .body("backends.name", hasItems("it_fast", "it_slow", "it_noisy", "it_simulator"));
            admin(base).get("/admin/backends/it_slow").then().statusCode(200)
                    .body("paused", equalTo(false)).body("reason", nullValue()).body("qubits", equalTo(16));
            admin(base).contentType(ContentType.JSON).body(QrunIT.json(Map.of("reason", "cryostat maintenance")))
                    .post("/admin/backends/it_slow/pause").then().statusCode(200)
                    .body("paused", equalTo(true)).body("reason", equalTo("cryostat maintenance"));
            admin(base).post("/admin/backends/no_such_backend/pause").then().statusCode(404)
                    .body("errors[0].code", equalTo("backend_not_found"));
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }

        deployer.deploy(DEPLOYMENT);
        try {
            admin(base).get("/admin/backends/it_slow").then().statusCode(200)
                    .body("paused", equalTo(true)).body("reason", equalTo("cryostat maintenance"));
            admin(base).get("/admin/backends/it_fast").then().body("paused", equalTo(false));
            admin(base).post("/admin/backends/it_slow/resume").then().statusCode(200)
                    .body("paused", equalTo(false)).body("reason", nullValue());
            admin(base).contentType(ContentType.JSON).body(QrunIT.json(Map.of("reson", "typo")))
                    .post("/admin/backends/it_fast/pause").then().statusCode(400)
                    .body("errors[0].code", equalTo("unknown_field"))
                    .body("errors[0].message", equalTo("Unknown field 'reson'. Allowed fields: reason."));
            admin(base).get("/admin/backends/it_fast").then().body("paused", equalTo(false));
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }
}
