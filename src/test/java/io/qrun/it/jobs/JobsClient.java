package io.qrun.it.jobs;

import static org.awaitility.Awaitility.await;

import io.qrun.it.QrunIT;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The few job calls the scheduling ITs make, as one tenant (or the admin). */
final class JobsClient {

    /** (|00> + |11>)/sqrt(2), measured. */
    static final String BELL = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[2] q;\nbit[2] c;\n"
            + "h q[0];\ncx q[0], q[1];\nc = measure q;\n";

    static final Set<String> FINAL = Set.of("Completed", "Failed", "Cancelled", "Cancelled - Ran too long");

    private final String apiBase;
    private final String key;

    JobsClient(String apiBase, String key) {
        this.apiBase = apiBase;
        this.key = key;
    }

    RequestSpecification request() {
        return RestAssured.given().baseUri(apiBase).accept(ContentType.JSON).contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + key);
    }

    static Map<String, Object> bell(String backend, int shots, Long cost) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pubs", List.of(List.of(BELL)));
        params.put("shots", shots);
        params.put("options", Map.of("simulator", Map.of("seed_simulator", 11)));
        params.put("version", 2);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("program_id", "sampler");
        body.put("backend", backend);
        body.put("params", params);
        if (cost != null) {
            body.put("cost", cost);
        }
        return body;
    }

    Response submitRaw(Map<String, Object> body) {
        return request().body(QrunIT.json(body)).post("/jobs");
    }

    String submit(Map<String, Object> body) {
        return submitRaw(body).then().statusCode(200).extract().jsonPath().getString("id");
    }

    Map<String, Object> job(String id) {
        return request().get("/jobs/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    String status(String id) {
        return (String) job(id).get("status");
    }

    Map<String, Object> awaitStatus(String id, Duration deadline, String... statuses) {
        Set<String> wanted = Set.of(statuses);
        await().atMost(deadline).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> wanted.contains(status(id)));
        return job(id);
    }

    Map<String, Object> awaitFinal(String id, Duration deadline) {
        await().atMost(deadline).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> FINAL.contains(status(id)));
        return job(id);
    }

    Response cancel(String id) {
        return request().post("/jobs/" + id + "/cancel");
    }

    List<Map<String, Object>> timeline(String backend) {
        return request().get("/backends/" + backend + "/timeline").then().statusCode(200).extract().jsonPath()
                .getList("");
    }

    String logs(String id) {
        return request().accept("text/plain").get("/jobs/" + id + "/logs").then().statusCode(200).extract().asString();
    }
}
