package io.qrun.application.accounts;

import io.qrun.application.json.JsonTrees;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * JSON Web Tokens (RFC 7519) in the one shape Qrun issues: compact JWS, header
 * {@code {"alg":"HS256","typ":"JWT"}}, signed with HMAC-SHA256 (RFC 7518 section 3.2) by the JDK's
 * {@link Mac}.
 *
 * <p>Why not a library: WildFly 39 ships jose4j and Nimbus only as private modules
 * ({@code jboss.api=private}: no compatibility promise, a warning at every deployment), and Qrun
 * accepts exactly the tokens it issued. Verification therefore never reads the header to choose an
 * algorithm (no "alg: none" or RS/HS confusion is possible): it recomputes the HMAC over the first
 * two segments, compares in constant time, and only then parses any JSON.
 */
public final class Hs256Jwt {

    /** The header of every token, as its base64url text (fixed, so a token with any other header fails). */
    static final String HEADER = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    private static final int MAX_TOKEN_CHARS = 8192;

    /** Why a token was refused; the message is for the log and the API answer, never the token. */
    public static final class InvalidToken extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidToken(String message) {
            super(message);
        }
    }

    private Hs256Jwt() {
    }

    /** Whether the text has the form of a JWT (three base64url segments), as opposed to an API key. */
    public static boolean looksLikeJwt(String credential) {
        return credential.startsWith("eyJ") && credential.chars().filter(c -> c == '.').count() == 2;
    }

    public static String sign(Map<String, Object> claims, byte[] key) {
        String payload = b64(JsonTrees.write(claims).getBytes(StandardCharsets.UTF_8));
        String input = HEADER + "." + payload;
        return input + "." + b64(hmac(key, input));
    }

    /** The claims of a token this key signed; signature first, then the JSON. Expiry is the caller's check. */
    public static Map<String, Object> verify(String token, byte[] key) throws InvalidToken {
        if (token.length() > MAX_TOKEN_CHARS) {
            throw new InvalidToken("the token is longer than " + MAX_TOKEN_CHARS + " characters");
        }
        int first = token.indexOf('.');
        int last = token.lastIndexOf('.');
        if (first < 0 || first == last) {
            throw new InvalidToken("a token has three segments separated by '.'");
        }
        String input = token.substring(0, last);
        byte[] signature = decode(token.substring(last + 1), "signature");
        if (!MessageDigest.isEqual(hmac(key, input), signature)) {
            throw new InvalidToken("the signature does not match (the token was not issued by this server, or was altered)");
        }
        if (!token.substring(0, first).equals(HEADER)) {
            throw new InvalidToken("the header is not Qrun's");
        }
        String json = new String(decode(token.substring(first + 1, last), "payload"), StandardCharsets.UTF_8);
        try {
            return JsonTrees.parseObject(json);
        } catch (RuntimeException e) {
            throw new InvalidToken("the payload is not a JSON object");
        }
    }

    private static byte[] decode(String segment, String what) throws InvalidToken {
        try {
            return Base64.getUrlDecoder().decode(segment);
        } catch (IllegalArgumentException e) {
            throw new InvalidToken("the " + what + " is not base64url");
        }
    }

    private static byte[] hmac(byte[] key, String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
