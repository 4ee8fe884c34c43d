package io.qrun.it.api;

import static io.qrun.it.api.ApiClient.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The error answers of the Jobs section: every 4xx that job mode can produce, in the API's error
 * format, with messages that name the place of the mistake.
 */
class JobErrorsIT extends ApiITBase {

    static final String FAST = "it_fast";

    private static ApiClient user;

    @BeforeEach
    void tenant() {
        if (user == null) {
            user = operator().newTenant("open", null);
        }
    }

    private ApiClient.Reply rejected(int status, Object body) {
        return expect(status, user.post("jobs", body));
    }

    private static Map<String, Object> bell() {
        return Jobs.sampler(FAST, Jobs.BELL_QASM3, 10, 1);
    }

    private static void assertError(ApiClient.Reply r, String code, String message) {
        assertEquals(code, r.errorCode(), r.body());
        assertEquals(message, r.errorMessage());
    }

    @Test
    void unknownTopLevelKeyIsNamed() {
        assertError(rejected(400, Jobs.with(bell(), "hub", "ibm-q")), "unknown_field",
                "Unknown field 'hub'. Allowed fields: backend, calibration_id, cost, log_level, params, private,"
                        + " program_id, runtime, session_id, session_time, start_session, tags.");
    }

    @Test
    void theQiskitClientsExtraFieldsAreAcceptedAndIgnored() {
        Map<String, Object> body = Jobs.with(bell(), "runtime", "");
        // calibration_id is read (CalibrationsIT): the current calibration's id runs as without it
        body.put("calibration_id", ApiClient.expect(200, user.get("backends/" + body.get("backend") + "/properties"))
                .map().get("calibration_id"));
        body.put("start_session", false);
        body.put("session_time", 600);
        String id = user.submit(body);
        assertCompleted(user.awaitFinal(id, java.time.Duration.ofSeconds(60)));
    }

    @Test
    void requiredFieldsHaveTheirCodes() {
        Map<String, Object> noProgram = new LinkedHashMap<>(bell());
        noProgram.remove("program_id");
        assertError(rejected(400, noProgram), "invalid_program_id", "program_id is missing: use \"sampler\" or \"estimator\".");
        Map<String, Object> noBackend = new LinkedHashMap<>(bell());
        noBackend.remove("backend");
        String backendMessage = "backend is missing: name the backend to run on (GET /api/v1/backends lists them),"
                + " or give a session_id.";
        assertError(rejected(400, noBackend), "backend_required", backendMessage);
        assertError(rejected(400, Jobs.with(bell(), "backend", "")), "backend_required", backendMessage.replace("missing", "blank"));
        Map<String, Object> noParams = new LinkedHashMap<>(bell());
        noParams.remove("params");
        assertError(rejected(400, noParams), "missing_field", "Missing required field 'params': give {\"pubs\": [...],"
                + " \"version\": 2} (docs/primitives-engine.md describes the PUBs).");
    }

    @Test
    void submissionRulesHaveTheirCodes() {
        assertError(rejected(400, Jobs.with(bell(), "tags", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"))),
                "invalid_tags", "tags has 9 entries: a job may carry at most 8 tags; remove 1.");
        assertError(rejected(400, Jobs.with(bell(), "tags", List.of("t".repeat(87)))),
                "invalid_tags", "tags[0] has 87 characters: a tag may have at most 86; shorten it.");
        assertError(rejected(400, Jobs.with(bell(), "tags", List.of("ok", " "))),
                "invalid_tags", "tags[1] is blank: every tag must be a non-blank string of at most 86 characters.");
        assertError(rejected(400, Jobs.with(bell(), "cost", 0)), "invalid_cost",
                "cost is 0: it is the job's maximum execution time in seconds and must be at least 1.");
        assertError(rejected(400, Jobs.with(bell(), "log_level", "loud")), "invalid_log_level",
                "log_level is \"loud\": use one of critical, error, warning, info, debug.");
        assertError(rejected(400, Jobs.with(bell(), "program_id", "qaoa")), "invalid_program_id",
                "program_id is \"qaoa\": use \"sampler\" or \"estimator\".");
    }

    @Test
    void wrongJsonTypesAreInvalidFieldNamingThePath() {
        assertError(rejected(400, Jobs.with(bell(), "cost", 2.5)), "invalid_field",
                "Invalid field 'cost': must be a whole number, found 2.5.");
        assertError(rejected(400, Jobs.with(bell(), "private", "yes")), "invalid_field",
                "Invalid field 'private': must be true or false, found \"yes\".");
        assertError(rejected(400, Jobs.with(bell(), "tags", List.of("a", 3))), "invalid_field",
                "Invalid field 'tags[1]': must be a string, found 3.");
        assertError(rejected(400, Jobs.with(bell(), "params", List.of())), "invalid_field",
                "Invalid field 'params': must be a JSON object, found an array.");
    }

    @Test
    void replacingTagsKeepsTheSubmissionsRules() {
        String id = user.submit(bell());
        assertError(expect(400, user.put("jobs/" + id + "/tags", Map.of("tags", List.of("t".repeat(87))))),
                "invalid_tags", "tags[0] has 87 characters: a tag may have at most 86; shorten it.");
        assertError(expect(400, user.put("jobs/" + id + "/tags", Map.of("tags", List.of(7)))),
                "invalid_field", "Invalid field 'tags[0]': must be a string, found 7.");
        assertError(expect(400, user.put("jobs/" + id + "/tags", Map.of())), "missing_field",
                "Missing required field 'tags': give the new list of tags, e.g. {\"tags\": [\"experiment-1\"]} ([] removes all).");
    }

    @Test
    void versionMustBeTwoAndTheEngineSaysSo() {
        Map<String, Object> params = new LinkedHashMap<>(Jobs.<Map<String, Object>>at(bell(), "params"));
        params.put("version", 1);
        assertError(rejected(400, Jobs.with(bell(), "params", params)), "invalid_params",
                "params.version: only version 2 of the primitives is supported (2 or \"2\"), found the number 1");
        params.put("version", "2");
        user.submit(Jobs.with(bell(), "params", params));
    }

    @Test
    void malformedJsonIs400WithItsPosition() {
        ApiClient.Reply r = rejected(400, "{\"program_id\": \"sampler\",\n \"backend\": }");
        assertEquals("malformed_json", r.errorCode());
        assertTrue(r.errorMessage().startsWith("The request body is not valid JSON: line 2, column 13: "), r.errorMessage());
        assertTrue(r.errorMessage().endsWith(". Send a JSON object with Content-Type: application/json."), r.errorMessage());
    }

    @Test
    void unknownParamsAndOptionKeysAreNamed() {
        Map<String, Object> params = new LinkedHashMap<>(Jobs.<Map<String, Object>>at(bell(), "params"));
        params.put("shotz", 10);
        ApiClient.Reply r = rejected(400, Jobs.with(bell(), "params", params));
        assertTrue(r.errorMessage().contains("shotz"), r.errorMessage());
        Map<String, Object> withOption = new LinkedHashMap<>(Jobs.<Map<String, Object>>at(bell(), "params"));
        withOption.put("options", Map.of("default_shotz", 10));
        ApiClient.Reply o = rejected(400, Jobs.with(bell(), "params", withOption));
        assertEquals("invalid_params", o.errorCode());
        assertTrue(o.errorMessage().startsWith("params.options"), o.errorMessage());
        assertTrue(o.errorMessage().contains("default_shotz"), o.errorMessage());
    }

    @Test
    void aCircuitThatDoesNotParseNamesPubLineAndColumn() {
        String broken = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[2] q;\nh q[0]\ncx q[0], q[1];\n";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pubs", List.of(List.of(Jobs.BELL_QASM3), List.of(broken)));
        params.put("version", 2);
        ApiClient.Reply r = rejected(400, Jobs.body("sampler", FAST, params));
        String m = r.errorMessage();
        assertTrue(m.contains("pubs[1]") || m.contains("PUB 1") || m.contains("pub 1"), m);
        assertTrue(m.contains("line 5") && m.contains("column"), m);
    }

    @Test
    void unknownBackendIs404() {
        assertError(rejected(404, Jobs.sampler("no_such_backend", Jobs.BELL_QASM3, 10, 1)), "backend_not_found",
                "Backend no_such_backend does not exist: GET /api/v1/backends lists the available backends.");
    }

    @Test
    void anObservableOfTheWrongSizeNamesThePub() {
        ApiClient.Reply r = rejected(400, Jobs.estimator(FAST, Jobs.BELL_STATE, "ZZZ", null));
        assertTrue(r.errorMessage().contains("pubs[0]"), r.errorMessage());
        assertTrue(r.errorMessage().contains("ZZZ") || r.errorMessage().contains("3"), r.errorMessage());
    }

    @Test
    void unknownSessionIs404() {
        Map<String, Object> body = Jobs.with(bell(), "session_id", "no-such-session");
        body.remove("backend");
        assertError(rejected(404, body), "session_not_found", "Session no-such-session does not exist: GET"
                + " /api/v1/sessions lists your sessions and batches.");
    }

    @Test
    void unknownJobIs404() {
        assertError(expect(404, user.get("jobs/no-such-job")), "job_not_found",
                "Job no-such-job does not exist: GET /api/v1/jobs lists your instance's jobs.");
    }

    @Test
    void missingOrBadKeyIs401() {
        assertEquals("unauthorized", expect(401, user.withKey(null).get("jobs")).errorCode());
        expect(401, user.withKey("not-a-key").get("jobs"));
        expect(401, user.withKey("not-a-key").post("jobs", bell()));
    }

    @Test
    void userOnOperatorEndpointIs403() {
        expect(403, user.get("admin/backends/" + FAST + "/queue"));
    }

    @Test
    void submissionWhenTheUsageLimitIsReachedIs409() {
        ApiClient limited = operator().newTenant("open", 0L);
        assertError(expect(409, limited.post("jobs", bell())), "usage_limit_reached", "Instance " + limited.instanceId()
                + " has reached its usage limit for this period: wait for the next period or ask the operator to raise"
                + " the limit (GET /api/v1/instances/usage shows it).");
        assertEquals(0L, expect(200, limited.get("jobs")).map().get("count"), "no job is created");
    }

    @Test
    void badQueryParametersAreNamed() {
        ApiClient.Reply r = expect(400, user.get("jobs?limit=ten"));
        assertEquals("invalid_query_parameter", r.errorCode());
        assertEquals("Invalid query parameter 'limit' = 'ten': expected a whole number.", r.errorMessage());
        assertTrue(expect(400, user.get("jobs?sort=sideways")).errorMessage().contains("'sort'"));
        assertTrue(expect(400, user.get("jobs?pending=perhaps")).errorMessage().contains("'pending'"));
        assertTrue(expect(400, user.get("jobs?created_after=yesterday")).errorMessage().contains("'created_after'"));
        assertTrue(expect(400, user.get("jobs?offset=-1")).errorMessage().contains("'offset'"));
    }
}
