package io.qrun.application.accounts;

import io.qrun.domain.instance.InstanceRepository;
import io.qrun.domain.user.User;
import io.qrun.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Answers two questions for the filter: whose key is this, and may that user act for the
 * requested instance. Kept apart from the JAX-RS filter so the rules read in one place.
 */
@ApplicationScoped
public class Authenticator {

    @Inject
    UserRepository users;

    @Inject
    InstanceRepository instances;

    /** The user owning the key, if the key is known. */
    public Optional<User> userForKey(String key) {
        return users.findKeyByHash(ApiKeys.hash(key)).flatMap(k -> users.find(k.getUserId()));
    }

    /** Whether the user may act for the instance: a member, or an admin and the instance exists. */
    public boolean mayActFor(User user, String instanceId) {
        if (user.belongsTo(instanceId)) {
            return true;
        }
        return user.isAdmin() && instances.exists(instanceId);
    }
}
