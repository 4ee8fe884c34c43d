package io.qrun.api.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which Content-Types are JSON; the 415 itself needs the JAX-RS runtime, so ErrorCodesIT checks it. */
class JsonMediaTypeTest {

    @Test
    void jsonTypesAndWildcards() {
        for (String type : new String[] {"application/json", "Application/JSON; charset=UTF-8",
                "application/vnd.qiskit+json", "*/*", "application/*"}) {
            assertTrue(JsonMediaType.isJson(type), type);
        }
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "text/json", "application/xml"}) {
            assertFalse(JsonMediaType.isJson(type), type);
        }
    }

    @Test
    void noContentTypeIsReadAsJson() {
        assertDoesNotThrow(() -> JsonMediaType.require(null));
        assertDoesNotThrow(() -> JsonMediaType.require(" "));
    }
}
