package io.qrun.api.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.application.QrunException;
import io.qrun.application.ErrorCode;
import io.qrun.api.json.JsonTree;
import io.qrun.application.jobs.SubmitJob;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmitJobRequestTest {

    private static final String PARAMS = "\"params\": {\"pubs\": [\"OPENQASM 3;\"], \"version\": 2}";

    private static SubmitJob parse(String json) {
        return SubmitJobRequest.parse(JsonTree.parse(json));
    }

    private static QrunException rejected(String json) {
        return assertThrows(QrunException.class, () -> parse(json));
    }

    @Test
    void parsesAFullBody() {
        SubmitJob cmd = parse("{\"program_id\": \"sampler\", \"backend\": \"qrun_fast\", " + PARAMS
                + ", \"session_id\": \"s1\", \"tags\": [\"a\", \"b\"], \"cost\": 600, \"private\": true, \"log_level\": \"WARNING\"}");
        assertEquals("sampler", cmd.programId());
        assertEquals("qrun_fast", cmd.backend());
        assertEquals(List.of("OPENQASM 3;"), cmd.params().get("pubs"));
        assertEquals(2L, cmd.params().get("version"));
        assertEquals("s1", cmd.sessionId());
        assertEquals(List.of("a", "b"), cmd.tags());
        assertEquals(600L, cmd.cost());
        assertTrue(cmd.privateJob());
        assertEquals("warning", cmd.logLevel());
    }

    @Test
    void defaultsForOptionalFields() {
        SubmitJob cmd = parse("{\"program_id\": \"estimator\", \"backend\": \"b\", " + PARAMS + "}");
        assertEquals(List.of(), cmd.tags());
        assertNull(cmd.cost());
        assertFalse(cmd.privateJob());
        assertNull(cmd.logLevel());
        assertNull(cmd.sessionId());
    }

    @Test
    void versionAsStringIsNormalisedToTheNumber() {
        SubmitJob cmd = parse("{\"program_id\": \"sampler\", \"backend\": \"b\", \"params\": {\"pubs\": [], \"version\": \"2\"}}");
        assertEquals(2L, cmd.params().get("version"));
    }

    @Test
    void otherVersionsAreRejected() {
        QrunException e = rejected("{\"program_id\": \"sampler\", \"backend\": \"b\", \"params\": {\"pubs\": [], \"version\": 1}}");
        assertEquals(io.qrun.application.ErrorKind.INVALID, e.kind());
        assertEquals("invalid_field", e.code().code());
        assertTrue(e.getMessage().startsWith("Invalid field 'params.version'"), e.getMessage());
    }

    @Test
    void unknownTopLevelKeyIsNamed() {
        QrunException e = rejected("{\"program_id\": \"sampler\", \"backend\": \"b\", " + PARAMS + ", \"hub\": \"x\"}");
        assertEquals("unknown_field", e.code().code());
        assertTrue(e.getMessage().startsWith("Unknown field 'hub'."), e.getMessage());
    }

    @Test
    void requiredFields() {
        assertEquals("Missing required field 'program_id': use \"sampler\" or \"estimator\".",
                rejected("{\"backend\": \"b\", " + PARAMS + "}").getMessage());
        assertTrue(rejected("{\"program_id\": \"sampler\", " + PARAMS + "}").getMessage()
                .startsWith("Missing required field 'backend'"));
        assertTrue(rejected("{\"program_id\": \"sampler\", \"backend\": \"b\"}").getMessage()
                .startsWith("Missing required field 'params'"));
    }

    @Test
    void backendMayBeOmittedWithASession() {
        assertEquals("s1", parse("{\"program_id\": \"sampler\", \"session_id\": \"s1\", " + PARAMS + "}").sessionId());
    }

    @Test
    void unknownProgramIsRejected() {
        assertEquals("Invalid field 'program_id': expected \"sampler\" or \"estimator\", found \"qaoa\".",
                rejected("{\"program_id\": \"qaoa\", \"backend\": \"b\", " + PARAMS + "}").getMessage());
    }

    @Test
    void tagLimits() {
        String nine = "[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\"]";
        assertEquals("Invalid field 'tags': at most 8 tags are allowed, found 9.",
                rejected("{\"program_id\": \"sampler\", \"backend\": \"b\", " + PARAMS + ", \"tags\": " + nine + "}").getMessage());
        String longTag = "x".repeat(87);
        assertEquals("Invalid field 'tags[1]': a tag has at most 86 characters, found 87.",
                rejected("{\"program_id\": \"sampler\", \"backend\": \"b\", " + PARAMS + ", \"tags\": [\"ok\", \"" + longTag + "\"]}").getMessage());
        assertEquals(List.of("x".repeat(86)),
                parse("{\"program_id\": \"sampler\", \"backend\": \"b\", " + PARAMS + ", \"tags\": [\"" + "x".repeat(86) + "\"]}").tags());
        assertTrue(rejected("{\"program_id\": \"sampler\", \"backend\": \"b\", " + PARAMS + ", \"tags\": [3]}").getMessage()
                .startsWith("Invalid field 'tags[0]'"));
        assertTrue(rejected("{\"program_id\": \"sampler\", \"backend\": \"b\", " + PARAMS + ", \"tags\": \"a\"}").getMessage()
                .startsWith("Invalid field 'tags'"));
    }

    @Test
    void costMustBeAPositiveWholeNumber() {
        for (String bad : List.of("0", "-5", "1.5", "\"60\"", "true")) {
            QrunException e = rejected("{\"program_id\": \"sampler\", \"backend\": \"b\", " + PARAMS + ", \"cost\": " + bad + "}");
            assertTrue(e.getMessage().startsWith("Invalid field 'cost'"), bad + " -> " + e.getMessage());
        }
        assertEquals(60L, parse("{\"program_id\": \"sampler\", \"backend\": \"b\", " + PARAMS + ", \"cost\": 60.0}").cost());
    }

    @Test
    void logLevelEnum() {
        assertTrue(rejected("{\"program_id\": \"sampler\", \"backend\": \"b\", " + PARAMS + ", \"log_level\": \"verbose\"}")
                .getMessage().startsWith("Invalid field 'log_level'"));
    }

    @Test
    void privateMustBeBoolean() {
        assertTrue(rejected("{\"program_id\": \"sampler\", \"backend\": \"b\", " + PARAMS + ", \"private\": \"yes\"}")
                .getMessage().startsWith("Invalid field 'private'"));
    }

    @Test
    void bodyMustBeAnObjectAndParamsToo() {
        assertTrue(rejected("[1, 2]").getMessage().startsWith("Invalid field '(body)'"));
        assertTrue(rejected("{\"program_id\": \"sampler\", \"backend\": \"b\", \"params\": [1]}").getMessage()
                .startsWith("Invalid field 'params': expected a JSON object"));
    }

    @Test
    void replacementTags() {
        assertEquals(List.of("a"), SubmitJobRequest.replacementTags(Map.of("tags", List.of("a"))));
        assertEquals(List.of(), SubmitJobRequest.replacementTags(Map.of("tags", List.of())));
        assertThrows(QrunException.class, () -> SubmitJobRequest.replacementTags(Map.of("labels", List.of())));
        assertThrows(QrunException.class, () -> SubmitJobRequest.replacementTags(Map.of()));
    }
}
