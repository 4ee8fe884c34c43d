package io.qrun.application.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class Hs256JwtTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    private static Map<String, Object> claims() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("sub", "user-1");
        c.put("iat", 1700000000L);
        c.put("exp", 1700003600L);
        return c;
    }

    @Test
    void signsAStandardCompactJwsThatAnIndependentHmacConfirms() throws Exception {
        String token = Hs256Jwt.sign(claims(), KEY);
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        Base64.Decoder d = Base64.getUrlDecoder();
        assertEquals("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", new String(d.decode(parts[0]), StandardCharsets.UTF_8));
        assertEquals("{\"sub\":\"user-1\",\"iat\":1700000000,\"exp\":1700003600}", new String(d.decode(parts[1]), StandardCharsets.UTF_8));
        // RFC 7515: the signature is HMAC-SHA256 over ASCII(header '.' payload), base64url without padding
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(expected), parts[2]);
        assertFalse(token.contains("="));
    }

    @Test
    void verifyGivesBackTheClaimsWithIntegralTimes() throws Exception {
        Map<String, Object> c = Hs256Jwt.verify(Hs256Jwt.sign(claims(), KEY), KEY);
        assertEquals("user-1", c.get("sub"));
        assertEquals(1700003600L, c.get("exp"));
    }

    @Test
    void refusesAnotherKeyAnAlteredPayloadAndOtherHeaders() {
        String token = Hs256Jwt.sign(claims(), KEY);
        assertThrows(Hs256Jwt.InvalidToken.class, () -> Hs256Jwt.verify(token, "another key of 32 bytes........!".getBytes(StandardCharsets.UTF_8)));
        String[] p = token.split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"admin\",\"iat\":1700000000,\"exp\":1700003600}".getBytes(StandardCharsets.UTF_8));
        assertThrows(Hs256Jwt.InvalidToken.class, () -> Hs256Jwt.verify(p[0] + "." + forgedPayload + "." + p[2], KEY));
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        assertThrows(Hs256Jwt.InvalidToken.class, () -> Hs256Jwt.verify(none + "." + p[1] + ".", KEY));
        assertThrows(Hs256Jwt.InvalidToken.class, () -> Hs256Jwt.verify("eyJ.x", KEY));
        assertThrows(Hs256Jwt.InvalidToken.class, () -> Hs256Jwt.verify(p[0] + "." + p[1] + ".%%%", KEY));
        assertThrows(Hs256Jwt.InvalidToken.class, () -> Hs256Jwt.verify("eyJ" + "a".repeat(9000) + ".b.c", KEY));
    }

    @Test
    void tellsTokensFromApiKeys() {
        assertTrue(Hs256Jwt.looksLikeJwt(Hs256Jwt.sign(claims(), KEY)));
        assertFalse(Hs256Jwt.looksLikeJwt(ApiKeys.newKey()));
        assertFalse(Hs256Jwt.looksLikeJwt("it-admin-key"));
    }

    @Test
    void instanceCrnsRoundTripThroughTheServiceInstanceField() {
        String crn = InstanceCrn.of("demo");
        assertEquals("crn:v1:qrun:local:quantum-computing:local:a/qrun:demo::", crn);
        assertEquals("demo", InstanceCrn.instanceIdOf(crn));
        assertEquals(10, crn.split(":", -1).length);
    }
}
