package io.qrun.application.accounts;

import io.qrun.application.QrunException;
import io.qrun.application.ErrorCode;
import io.qrun.application.InputErrors;
import io.qrun.domain.instance.Instance;
import io.qrun.domain.instance.InstanceRepository;
import io.qrun.domain.instance.Plan;
import io.qrun.domain.user.ApiKey;
import io.qrun.domain.user.Role;
import io.qrun.domain.user.User;
import io.qrun.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The operator's use cases on accounts: instances, users and their API keys. Validates every
 * value (400 naming the field), keeps the invariants (a user's default instance is one of its
 * instances; ids are unique) and never stores a key, only its hash.
 */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    private static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    @Inject
    InstanceRepository instances;

    @Inject
    UserRepository users;

    /** A key as created: the secret (shown once) and its stored record. */
    public record CreatedKey(ApiKey record, String key) {
    }

    public record NewInstance(String id, String name, Plan plan, double share, Long usageLimitSeconds) {
    }

    public record InstanceChanges(String name, Plan plan, Double share, boolean usageLimitGiven,
                                  Long usageLimitSeconds, boolean resetUsagePeriod) {
    }

    public record NewUser(String id, String name, Role role, List<String> instanceIds, String defaultInstanceId) {
    }

    @Transactional
    public Instance createInstance(NewInstance n) {
        checkId("id", n.id());
        checkShare(n.share());
        checkLimit(n.usageLimitSeconds());
        if (instances.exists(n.id())) {
            throw new QrunException(ErrorCode.INSTANCE_EXISTS, "An instance with id '" + n.id() + "' already exists; choose another id or PATCH it.");
        }
        Instance i = new Instance(n.id(), n.name() == null ? n.id() : n.name(), n.plan(), n.share(), n.usageLimitSeconds(), Instant.now());
        instances.save(i);
        LOG.info(() -> "Instance " + n.id() + " created (plan " + n.plan().id() + ")");
        return i;
    }

    @Transactional
    public Instance updateInstance(String id, InstanceChanges c) {
        Instance i = instances.find(id).orElseThrow(() -> unknownInstance(id));
        if (c.name() != null) {
            i.setName(c.name());
        }
        if (c.plan() != null) {
            i.setPlan(c.plan());
        }
        if (c.share() != null) {
            checkShare(c.share());
            i.setShare(c.share());
        }
        if (c.usageLimitGiven()) {
            checkLimit(c.usageLimitSeconds());
            i.setUsageLimitSeconds(c.usageLimitSeconds());
        }
        if (c.resetUsagePeriod()) {
            i.setUsagePeriodStart(Instant.now());
        }
        return i;
    }

    @Transactional
    public User createUser(NewUser n) {
        String id = n.id() == null ? ApiKeys.newId("user-") : n.id();
        checkId("id", id);
        if (users.find(id).isPresent()) {
            throw new QrunException(ErrorCode.USER_EXISTS, "A user with id '" + id + "' already exists; choose another id.");
        }
        Set<String> member = new LinkedHashSet<>(n.instanceIds());
        for (String instanceId : member) {
            if (!instances.exists(instanceId)) {
                throw InputErrors.invalidField("instances", "names the unknown instance '" + instanceId + "'; create it first with POST /api/v1/admin/instances.");
            }
        }
        String dflt = n.defaultInstanceId();
        if (dflt == null && !member.isEmpty()) {
            dflt = member.iterator().next();
        }
        if (dflt != null && !member.contains(dflt)) {
            throw InputErrors.invalidField("default_instance", "'" + dflt + "' is not one of the user's instances " + member + "; name one of them.");
        }
        if (member.isEmpty() && n.role() != Role.ADMIN) {
            throw InputErrors.invalidField("instances", "must name at least one instance for a user with role 'user'.");
        }
        User u = new User(id, n.name(), n.role(), member, dflt, Instant.now());
        users.add(u);
        LOG.info(() -> "User " + u.getId() + " created (role " + n.role().id() + ", instances " + member + ")");
        return u;
    }

    @Transactional
    public CreatedKey createKey(String userId, String label) {
        users.find(userId).orElseThrow(() -> unknownUser(userId));
        return storeKey(userId, ApiKeys.newKey(), label);
    }

    /** Stores a given key (the bootstrap's operator-chosen admin key) or a new one. */
    @Transactional
    public CreatedKey storeKey(String userId, String key, String label) {
        ApiKey record = new ApiKey(ApiKeys.newId("key-"), userId, ApiKeys.hash(key), label, Instant.now());
        users.addKey(record);
        return new CreatedKey(record, key);
    }

    @Transactional
    public void deleteKey(String keyId) {
        ApiKey k = users.findKey(keyId).orElseThrow(() -> new QrunException(ErrorCode.KEY_NOT_FOUND, "No API key with id '" + keyId
                + "'. GET /api/v1/admin/users/{id}/keys lists a user's keys."));
        users.removeKey(k);
        LOG.info(() -> "API key " + keyId + " of user " + k.getUserId() + " deleted");
    }

    public List<ApiKey> keysOf(String userId) {
        users.find(userId).orElseThrow(() -> unknownUser(userId));
        return users.keysOf(userId);
    }

    /** The one answer for an instance id that names none, whichever endpoint is asked. */
    public static QrunException unknownInstance(String id) {
        return new QrunException(ErrorCode.INSTANCE_NOT_FOUND, "No instance '" + id + "'. List instances with GET /api/v1/admin/instances.");
    }

    /** The one answer for a user id that names none, whichever endpoint is asked. */
    public static QrunException unknownUser(String id) {
        return new QrunException(ErrorCode.USER_NOT_FOUND, "No user '" + id + "'. List users with GET /api/v1/admin/users.");
    }

    private static void checkId(String field, String id) {
        if (id == null || !id.matches(ID_PATTERN)) {
            throw InputErrors.invalidField(field, "must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit; was '" + id + "'.");
        }
    }

    private static void checkShare(double share) {
        if (!(share > 0) || Double.isInfinite(share)) {
            throw InputErrors.invalidField("share", "must be a number greater than 0 (a relative fair-share weight); was " + share + ".");
        }
    }

    private static void checkLimit(Long limit) {
        if (limit != null && limit < 0) {
            throw InputErrors.invalidField("usage_limit_seconds", "must be 0 or more seconds, or null for unlimited; was " + limit + ".");
        }
    }
}
