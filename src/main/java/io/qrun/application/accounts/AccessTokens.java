package io.qrun.application.accounts;

import io.qrun.application.ErrorCode;
import io.qrun.application.InputErrors;
import io.qrun.application.QrunException;
import io.qrun.domain.user.ApiKey;
import io.qrun.domain.user.User;
import io.qrun.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The IAM token exchange and the tokens it issues, in the manner of IBM Cloud IAM (which the Qiskit
 * client calls before anything else): an API key buys an access token (a JWT with {@code sub} = the
 * user id, {@code iat}, {@code exp}) and a refresh token; the access token is then accepted wherever
 * the API key is. A token names the API key it was bought with ({@code key_id}) and stops working
 * when that key is deleted, so deleting a key revokes its tokens at once.
 */
@ApplicationScoped
public class AccessTokens {

    public static final String APIKEY_GRANT = "urn:ibm:params:oauth:grant-type:apikey";
    public static final String REFRESH_GRANT = "refresh_token";
    static final String ISSUER = "qrun";
    static final String ACCESS = "access";
    static final String REFRESH = "refresh";

    @Inject
    UserRepository users;

    @Inject
    TokenSigningKey signingKey;

    @Inject
    IamSettings settings;

    Clock clock = Clock.systemUTC();

    /** What the exchange answers; {@code expiration} is the access token's {@code exp} (epoch seconds). */
    public record Issued(String accessToken, String refreshToken, long expiresIn, long expiration) {
    }

    /**
     * {@code POST /identity/token}: grant type {@value #APIKEY_GRANT} with {@code apikey}, or
     * {@value #REFRESH_GRANT} with {@code refresh_token}.
     */
    public Issued exchange(String grantType, String apiKey, String refreshToken) {
        if (grantType == null || grantType.isBlank()) {
            throw InputErrors.missingField("grant_type", "send grant_type=" + APIKEY_GRANT + " with apikey=<your API key>.");
        }
        ApiKey key;
        if (APIKEY_GRANT.equals(grantType)) {
            if (apiKey == null || apiKey.isBlank()) {
                throw InputErrors.missingField("apikey", "send the API key to exchange for an access token.");
            }
            key = users.findKeyByHash(ApiKeys.hash(apiKey.trim())).orElseThrow(() -> new QrunException(ErrorCode.INVALID_API_KEY,
                    "The API key is not valid (unknown or deleted). Check the key or ask the operator for a new one."));
        } else if (REFRESH_GRANT.equals(grantType)) {
            if (refreshToken == null || refreshToken.isBlank()) {
                throw InputErrors.missingField("refresh_token", "send the refresh_token of an earlier exchange.");
            }
            key = keyOf(claims(refreshToken.trim(), REFRESH));
        } else {
            throw InputErrors.invalidField("grant_type", "'" + grantType + "' is not supported; use " + APIKEY_GRANT
                    + " (with apikey) or " + REFRESH_GRANT + " (with refresh_token).");
        }
        long now = clock.instant().getEpochSecond();
        long lifetime = settings.tokenLifetimeSeconds();
        byte[] k = signingKey.key();
        String access = Hs256Jwt.sign(claims(key, ACCESS, now, lifetime), k);
        String refresh = Hs256Jwt.sign(claims(key, REFRESH, now, settings.refreshTokenLifetimeSeconds()), k);
        return new Issued(access, refresh, lifetime, now + lifetime);
    }

    /** The user of a valid access token; 401 ({@code invalid_token}, {@code token_expired}) otherwise. */
    public User userOf(String accessToken) {
        ApiKey key = keyOf(claims(accessToken, ACCESS));
        return users.find(key.getUserId()).orElseThrow(() -> invalid("its user no longer exists"));
    }

    private Map<String, Object> claims(String token, String use) {
        Map<String, Object> claims;
        try {
            claims = Hs256Jwt.verify(token, signingKey.key());
        } catch (Hs256Jwt.InvalidToken e) {
            throw invalid(e.getMessage());
        }
        if (!use.equals(claims.get("token_use")) || !ISSUER.equals(claims.get("iss"))) {
            throw invalid("it is not a Qrun " + use + " token");
        }
        if (!(claims.get("exp") instanceof Long exp)) {
            throw invalid("it has no expiry");
        }
        long now = clock.instant().getEpochSecond();
        if (now >= exp) {
            throw new QrunException(ErrorCode.TOKEN_EXPIRED, "The " + use + " token expired " + (now - exp)
                    + " s ago. Exchange your API key for a new one: POST /api/v1/identity/token (the Qiskit client does this by itself).");
        }
        return claims;
    }

    private ApiKey keyOf(Map<String, Object> claims) {
        Object keyId = claims.get("key_id");
        ApiKey key = keyId instanceof String id ? users.findKey(id).orElse(null) : null;
        if (key == null || !key.getUserId().equals(claims.get("sub"))) {
            throw invalid("the API key it was issued for has been deleted");
        }
        return key;
    }

    private static Map<String, Object> claims(ApiKey key, String use, long now, long lifetime) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("iss", ISSUER);
        c.put("sub", key.getUserId());
        c.put("key_id", key.getId());
        c.put("token_use", use);
        c.put("iat", now);
        c.put("exp", now + lifetime);
        c.put("jti", UUID.randomUUID().toString());
        return c;
    }

    private static QrunException invalid(String why) {
        return new QrunException(ErrorCode.INVALID_TOKEN, "The token is not valid: " + why
                + ". Exchange your API key for a new token (POST /api/v1/identity/token) or send the API key itself.");
    }
}
