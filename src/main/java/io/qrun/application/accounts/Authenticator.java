package io.qrun.application.accounts;

import io.qrun.application.ErrorCode;
import io.qrun.application.QrunException;
import io.qrun.domain.instance.InstanceRepository;
import io.qrun.domain.user.User;
import io.qrun.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Answers two questions for the filter: whose credential is this, and may that user act for the
 * requested instance. Kept apart from the JAX-RS filter so the rules read in one place.
 */
@ApplicationScoped
public class Authenticator {

    @Inject
    UserRepository users;

    @Inject
    InstanceRepository instances;

    @Inject
    AccessTokens tokens;

    /**
     * The user behind an API key or an access token of the IAM exchange. Qrun's keys never contain
     * a '.', so a credential shaped like a JWT is checked as a token only; a refused one is a 401
     * ({@code invalid_api_key}, {@code invalid_token}, {@code token_expired}).
     */
    public User authenticate(String credential) {
        if (Hs256Jwt.looksLikeJwt(credential)) {
            return tokens.userOf(credential);
        }
        return userForKey(credential).orElseThrow(() -> new QrunException(ErrorCode.INVALID_API_KEY,
                "The API key is not valid (unknown or deleted). Check the key or ask the operator for a new one."));
    }

    /** The user owning the key, if the key is known. */
    public Optional<User> userForKey(String key) {
        return users.findByKeyHash(ApiKeys.hash(key));
    }

    /** Whether the user may act for the instance: a member, or an admin and the instance exists. */
    public boolean mayActFor(User user, String instanceId) {
        if (user.belongsTo(instanceId)) {
            return true;
        }
        return user.isAdmin() && instances.exists(instanceId);
    }
}
