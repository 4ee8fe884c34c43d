package io.qrun.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.application.QrunException;
import io.qrun.application.ErrorCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestJsonTest {

    @Test
    void typedFieldsAndNulls() {
        RequestJson j = RequestJson.parse("{\"a\": \"x\", \"n\": 2.5, \"l\": 7, \"b\": true, \"z\": null, \"s\": [\"p\", \"q\"]}", false);
        assertEquals("x", j.requiredString("a"));
        assertEquals(Optional.of(2.5), j.optionalNumber("n"));
        assertEquals(Optional.of(7L), j.optionalLong("l"));
        assertEquals(Optional.of(true), j.optionalBoolean("b"));
        assertTrue(j.isNull("z"));
        assertEquals(Optional.empty(), j.optionalLong("z"));
        assertEquals(Optional.of(List.of("p", "q")), j.optionalStringList("s"));
    }

    @Test
    void errorsAre400NamingTheField() {
        RequestJson j = RequestJson.parse("{\"l\": 7.5, \"s\": [\"p\", 3]}", false);
        QrunException e = assertThrows(QrunException.class, () -> j.optionalLong("l"));
        assertEquals(io.qrun.application.ErrorKind.INVALID, e.kind());
        assertEquals("invalid_field", e.code().code());
        assertEquals("Invalid field 'l': must be an integer, found 7.5", e.getMessage());
        e = assertThrows(QrunException.class, () -> j.optionalStringList("s"));
        assertEquals("Invalid field 's[1]': must be a non-blank string, found 3", e.getMessage());
        e = assertThrows(QrunException.class, () -> j.requiredString("missing"));
        assertEquals("missing_field", e.code().code());
        assertEquals("Missing required field 'missing': give it as a non-blank string.", e.getMessage());
        e = assertThrows(QrunException.class, () -> j.allowOnly(Set.of("l")));
        assertEquals("unknown_field", e.code().code());
        assertEquals("Unknown field 's'. Allowed fields: l.", e.getMessage());
    }

    @Test
    void malformedBodies() {
        QrunException e = assertThrows(QrunException.class, () -> RequestJson.parse("{\"a\": ", false));
        assertEquals("malformed_json", e.code().code());
        assertTrue(e.getMessage().startsWith("The request body is not valid JSON: line 1, column"), e.getMessage());
        e = assertThrows(QrunException.class, () -> RequestJson.parse("  ", false));
        assertEquals("The request body is empty; send a JSON object.", e.getMessage());
        assertEquals(Optional.empty(), RequestJson.parse("", true).optionalString("a"));
        e = assertThrows(QrunException.class, () -> RequestJson.parse("\"text\"", false));
        assertEquals("The request body must be a JSON object, found STRING.", e.getMessage());
    }
}
