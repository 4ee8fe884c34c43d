package io.qrun.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.application.ErrorCode;
import io.qrun.application.QrunException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestJsonTest {

    @Test
    void typedFieldsAndNulls() {
        RequestJson j = RequestJson.parse("{\"a\": \"x\", \"n\": 2.5, \"l\": 7, \"f\": 7.0, \"b\": true, \"z\": null,"
                + " \"s\": [\"p\", \"\"], \"o\": {\"k\": [1]}, \"e\": \"\"}", false);
        assertEquals("x", j.requiredString("a"));
        assertEquals(Optional.of(2.5), j.optionalNumber("n"));
        assertEquals(Optional.of(7L), j.optionalLong("l"));
        assertEquals(Optional.of(7L), j.optionalLong("f"));
        assertEquals(Optional.of(true), j.optionalBoolean("b"));
        assertTrue(j.has("z"));
        assertFalse(j.has("absent"));
        assertEquals(Optional.empty(), j.optionalLong("z"));
        assertEquals(Optional.of(List.of("p", "")), j.optionalStringList("s"));
        assertEquals(Optional.of(Map.of("k", List.of(1L))), j.optionalObject("o"));
        assertEquals(Optional.of(""), j.optionalString("e"), "blank is the caller's to judge");
    }

    @Test
    void errorsAre400NamingTheField() {
        RequestJson j = RequestJson.parse("{\"l\": 7.5, \"s\": [\"p\", 3], \"e\": \" \", \"big\": 123456789012345678901234}", false);
        QrunException e = assertThrows(QrunException.class, () -> j.optionalLong("l"));
        assertEquals(ErrorCode.INVALID_FIELD, e.code());
        assertEquals("Invalid field 'l': must be a whole number, found 7.5.", e.getMessage());
        e = assertThrows(QrunException.class, () -> j.optionalStringList("s"));
        assertEquals("Invalid field 's[1]': must be a string, found 3.", e.getMessage());
        e = assertThrows(QrunException.class, () -> j.optionalNonBlankString("e"));
        assertEquals("Invalid field 'e': must not be blank; leave it out or give some text.", e.getMessage());
        e = assertThrows(QrunException.class, () -> j.optionalLong("big"));
        assertEquals("Invalid field 'big': is out of range, found 123456789012345678901234.", e.getMessage());
        e = assertThrows(QrunException.class, () -> j.optionalObject("l"));
        assertEquals("Invalid field 'l': must be a JSON object, found 7.5.", e.getMessage());
        e = assertThrows(QrunException.class, () -> j.requiredString("missing"));
        assertEquals(ErrorCode.MISSING_FIELD, e.code());
        assertEquals("Missing required field 'missing': give it as a non-blank string.", e.getMessage());
        e = assertThrows(QrunException.class, () -> j.allowOnly(Set.of("l", "e", "big")));
        assertEquals(ErrorCode.UNKNOWN_FIELD, e.code());
        assertEquals("Unknown field 's'. Allowed fields: big, e, l.", e.getMessage());
    }

    @Test
    void malformedBodiesNameLineAndColumn() {
        QrunException e = assertThrows(QrunException.class, () -> RequestJson.parse("{\n  \"a\": ,\n}", false));
        assertEquals(ErrorCode.MALFORMED_JSON, e.code());
        assertTrue(e.getMessage().startsWith("The request body is not valid JSON: line 2, column "), e.getMessage());
        assertTrue(e.getMessage().endsWith(". Send a JSON object with Content-Type: application/json."), e.getMessage());
        e = assertThrows(QrunException.class, () -> RequestJson.parse("  ", false));
        assertEquals(ErrorCode.MALFORMED_JSON, e.code());
        assertEquals("The request body is empty; send a JSON object.", e.getMessage());
        assertEquals(Optional.empty(), RequestJson.parse("", true).optionalString("a"));
        e = assertThrows(QrunException.class, () -> RequestJson.parse("\"text\"", false));
        assertEquals(ErrorCode.MALFORMED_JSON, e.code());
        assertEquals("The request body must be a JSON object, found a string.", e.getMessage());
    }
}
