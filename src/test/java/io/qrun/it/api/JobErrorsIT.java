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

    @Test
    void unknownTopLevelKeyIsNamed() {
        ApiClient.Reply r = rejected(400, Jobs.with(bell(), "hub", "ibm-q"));
        assertEquals("unknown_field", r.errorCode());
        assertTrue(r.errorMessage().startsWith("Unknown field 'hub'."), r.errorMessage());
    }

    @Test
    void requiredFieldsAreNamed() {
        Map<String, Object> noProgram = new LinkedHashMap<>(bell());
        noProgram.remove("program_id");
        assertEquals("Missing required field 'program_id': use \"sampler\" or \"estimator\".",
                rejected(400, noProgram).errorMessage());
        Map<String, Object> noBackend = new LinkedHashMap<>(bell());
        noBackend.remove("backend");
        assertTrue(rejected(400, noBackend).errorMessage().startsWith("Missing required field 'backend'"));
        Map<String, Object> noParams = new LinkedHashMap<>(bell());
        noParams.remove("params");
        ApiClient.Reply r = rejected(400, noParams);
        assertEquals("missing_field", r.errorCode());
        assertTrue(r.errorMessage().startsWith("Missing required field 'params'"));
    }

    @Test
    void envelopeLimits() {
        assertEquals("Invalid field 'tags': at most 8 tags are allowed, found 9.",
                rejected(400, Jobs.with(bell(), "tags", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"))).errorMessage());
        assertEquals("Invalid field 'tags[0]': a tag has at most 86 characters, found 87.",
                rejected(400, Jobs.with(bell(), "tags", List.of("t".repeat(87)))).errorMessage());
        assertTrue(rejected(400, Jobs.with(bell(), "cost", 0)).errorMessage().startsWith("Invalid field 'cost'"));
        assertTrue(rejected(400, Jobs.with(bell(), "cost", 2.5)).errorMessage().startsWith("Invalid field 'cost'"));
        assertTrue(rejected(400, Jobs.with(bell(), "log_level", "loud")).errorMessage().startsWith("Invalid field 'log_level'"));
        assertTrue(rejected(400, Jobs.with(bell(), "program_id", "qaoa")).errorMessage().startsWith("Invalid field 'program_id'"));
        assertTrue(rejected(400, Jobs.with(bell(), "private", "yes")).errorMessage().startsWith("Invalid field 'private'"));
    }

    @Test
    void versionMustBeTwo() {
        Map<String, Object> params = new LinkedHashMap<>(Jobs.<Map<String, Object>>at(bell(), "params"));
        params.put("version", 1);
        ApiClient.Reply r = rejected(400, Jobs.with(bell(), "params", params));
        assertTrue(r.errorMessage().startsWith("Invalid field 'params.version'"), r.errorMessage());
    }

    @Test
    void malformedJsonIs400WithItsPosition() {
        ApiClient.Reply r = rejected(400, "{\"program_id\": \"sampler\",\n \"backend\": }");
        assertEquals("malformed_json", r.errorCode());
        assertTrue(r.errorMessage().contains("line 2"), r.errorMessage());
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
        ApiClient.Reply r = rejected(404, Jobs.sampler("no_such_backend", Jobs.BELL_QASM3, 10, 1));
        assertTrue(r.errorMessage().contains("no_such_backend"), r.errorMessage());
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
        ApiClient.Reply r = rejected(404, body);
        assertEquals("session_not_found", r.errorCode());
        assertTrue(r.errorMessage().contains("no-such-session"), r.errorMessage());
    }

    @Test
    void unknownJobIs404() {
        ApiClient.Reply r = expect(404, user.get("jobs/no-such-job"));
        assertTrue(r.errorMessage().contains("no-such-job"), r.errorMessage());
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
        ApiClient.Reply r = expect(409, limited.post("jobs", bell()));
        assertEquals("usage_limit_reached", r.errorCode());
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
