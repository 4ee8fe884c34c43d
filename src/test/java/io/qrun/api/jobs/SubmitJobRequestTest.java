package io.qrun.api.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.application.ErrorCode;
import io.qrun.application.QrunException;
import io.qrun.application.jobs.SubmitJob;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The REST layer reads the JSON types of POST /jobs; what the values mean is SubmissionRules' to check. */
class SubmitJobRequestTest {

    private static final String PARAMS = "\"params\": {\"pubs\": [\"OPENQASM 3;\"], \"version\": 2}";

    private static QrunException rejected(String json) {
        return assertThrows(QrunException.class, () -> SubmitJobRequest.parse(json));
    }

    @Test
    void readsAFullBody() {
        SubmitJob cmd = SubmitJobRequest.parse("{\"program_id\": \"sampler\", \"backend\": \"qrun_fast\", " + PARAMS
                + ", \"session_id\": \"s1\", \"tags\": [\"a\", \"b\"], \"cost\": 600, \"private\": true, \"log_level\": \"WARNING\"}");
        assertEquals("sampler", cmd.programId());
        assertEquals("qrun_fast", cmd.backend());
        assertEquals(List.of("OPENQASM 3;"), cmd.params().get("pubs"));
        assertEquals(2L, cmd.params().get("version"));
        assertEquals("s1", cmd.sessionId());
        assertEquals(List.of("a", "b"), cmd.tags());
        assertEquals(600L, cmd.cost());
        assertTrue(cmd.privateJob());
        assertEquals("WARNING", cmd.logLevel());
    }

    @Test
    void absentFieldsAreNullForTheRulesToJudge() {
        SubmitJob cmd = SubmitJobRequest.parse("{}");
        assertNull(cmd.programId());
        assertNull(cmd.backend());
        assertNull(cmd.params());
        assertNull(cmd.tags());
        assertNull(cmd.cost());
        assertFalse(cmd.privateJob());
        assertNull(cmd.logLevel());
        assertNull(cmd.sessionId());
    }

    @Test
    void valuesAreNotJudgedHere() {
        // an unknown program, a blank backend, a cost of 0, an unknown level: SubmissionRules answers them
        SubmitJob cmd = SubmitJobRequest.parse("{\"program_id\": \"qaoa\", \"backend\": \"\", \"cost\": 0, "
                + "\"log_level\": \"loud\", \"tags\": [\"\"], \"params\": {\"version\": 1}}");
        assertEquals("qaoa", cmd.programId());
        assertEquals("", cmd.backend());
        assertEquals(0L, cmd.cost());
        assertEquals("loud", cmd.logLevel());
        assertEquals(List.of(""), cmd.tags());
        assertEquals(1L, cmd.params().get("version"));
    }

    @Test
    void theQiskitClientsExtraFieldsAreAccepted() {
        SubmitJob cmd = SubmitJobRequest.parse("{\"program_id\": \"sampler\", \"backend\": \"b\", " + PARAMS
                + ", \"runtime\": \"\", \"calibration_id\": \"c1\", \"start_session\": false, \"session_time\": 600}");
        assertEquals("b", cmd.backend());
    }

    @Test
    void unknownTopLevelFieldIsNamedWithTheAllowedOnes() {
        QrunException e = rejected("{\"program_id\": \"sampler\", \"backend\": \"b\", " + PARAMS + ", \"hub\": \"x\"}");
        assertEquals(ErrorCode.UNKNOWN_FIELD, e.code());
        assertEquals("Unknown field 'hub'. Allowed fields: backend, calibration_id, cost, log_level, params, private,"
                + " program_id, runtime, session_id, session_time, start_session, tags.", e.getMessage());
    }

    @Test
    void wrongJsonTypesAreInvalidFieldNamingThePath() {
        QrunException e = rejected("{\"program_id\": 3}");
        assertEquals(ErrorCode.INVALID_FIELD, e.code());
        assertEquals("Invalid field 'program_id': must be a string, found 3.", e.getMessage());
        assertEquals("Invalid field 'tags[1]': must be a string, found 3.", rejected("{\"tags\": [\"a\", 3]}").getMessage());
        assertEquals("Invalid field 'tags': must be an array of strings, found \"a\".",
                rejected("{\"tags\": \"a\"}").getMessage());
        assertEquals("Invalid field 'cost': must be a whole number, found 1.5.", rejected("{\"cost\": 1.5}").getMessage());
        assertEquals("Invalid field 'cost': must be a whole number, found \"60\".", rejected("{\"cost\": \"60\"}").getMessage());
        assertEquals("Invalid field 'private': must be true or false, found \"yes\".",
                rejected("{\"private\": \"yes\"}").getMessage());
        assertEquals("Invalid field 'params': must be a JSON object, found an array.",
                rejected("{\"params\": [1]}").getMessage());
        assertEquals(60L, SubmitJobRequest.parse("{\"cost\": 60.0}").cost(), "some clients write every number as a float");
    }

    @Test
    void malformedAndNonObjectBodies() {
        QrunException e = rejected("{\"program_id\": \n");
        assertEquals(ErrorCode.MALFORMED_JSON, e.code());
        assertTrue(e.getMessage().startsWith("The request body is not valid JSON: line 2, column "), e.getMessage());
        assertEquals("The request body must be a JSON object, found an array.", rejected("[1, 2]").getMessage());
    }

    @Test
    void replacementTags() {
        assertEquals(List.of("a"), SubmitJobRequest.replacementTags("{\"tags\": [\"a\"]}"));
        assertEquals(List.of(), SubmitJobRequest.replacementTags("{\"tags\": []}"));
        assertEquals(ErrorCode.UNKNOWN_FIELD,
                assertThrows(QrunException.class, () -> SubmitJobRequest.replacementTags("{\"labels\": []}")).code());
        QrunException missing = assertThrows(QrunException.class, () -> SubmitJobRequest.replacementTags("{}"));
        assertEquals(ErrorCode.MISSING_FIELD, missing.code());
        assertEquals("Missing required field 'tags': give the new list of tags, e.g. {\"tags\": [\"experiment-1\"]}"
                + " ([] removes all).", missing.getMessage());
    }
}
