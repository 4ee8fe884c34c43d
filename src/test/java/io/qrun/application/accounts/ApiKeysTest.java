package io.qrun.application.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void hashIsSha256InLowerCaseHex() {
        // FIPS 180-2 test vector: SHA-256("abc")
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeys.hash("abc"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ApiKeys.hash(""));
    }

    @Test
    void keysArePrefixed256BitBase64UrlAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String key = ApiKeys.newKey();
            assertTrue(key.startsWith("qrun_"), key);
            byte[] raw = Base64.getUrlDecoder().decode(key.substring(5));
            assertEquals(32, raw.length);
            assertTrue(key.substring(5).matches("[A-Za-z0-9_-]{43}"), key);
            assertTrue(seen.add(key), "duplicate key");
        }
    }

    @Test
    void idsHaveThePrefixAndSixteenHexDigits() {
        String id = ApiKeys.newId("key-");
        assertTrue(id.matches("key-[0-9a-f]{16}"), id);
    }
}
