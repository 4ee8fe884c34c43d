package io.qrun.api.admin;

import io.qrun.application.accounts.AccountService.CreatedKey;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.instance.Instance;
import io.qrun.domain.user.ApiKey;
import io.qrun.domain.user.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON (snake_case) of the operator endpoints' objects, as plain trees that
 * {@link io.qrun.api.json.JsonResponses} writes (timestamps as UTC ISO-8601 with {@code Z}).
 */
public final class AdminViews {

    private AdminViews() {
    }

    static Map<String, Object> instance(Instance i) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", i.getId());
        json.put("name", i.getName());
        json.put("plan", i.getPlan().id());
        json.put("share", i.getShare());
        json.put("usage_limit_seconds", i.getUsageLimitSeconds());
        json.put("usage_period_start", i.getUsagePeriodStart());
        json.put("created", i.getCreated());
        return json;
    }

    /** The user as the operator sees it; /users/me adds the instance the request acts for. */
    public static Map<String, Object> user(User u) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", u.getId());
        json.put("name", u.getName());
        json.put("role", u.getRole().id());
        json.put("instances", List.copyOf(u.getInstanceIds()));
        json.put("default_instance", u.getDefaultInstanceId());
        json.put("created", u.getCreated());
        return json;
    }

    /** A key's record: never the key itself. */
    static Map<String, Object> key(ApiKey k) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", k.getId());
        json.put("user_id", k.getUserId());
        json.put("label", k.getLabel());
        json.put("created", k.getCreated());
        return json;
    }

    /** A key just created: the only answer that carries the key. */
    static Map<String, Object> createdKey(CreatedKey k) {
        Map<String, Object> json = key(k.record());
        json.put("key", k.key());
        return json;
    }

    static Map<String, Object> backendState(Backend b, boolean paused, String reason) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", b.name());
        json.put("paused", paused);
        json.put("reason", reason);
        json.put("is_simulator", b.simulator());
        json.put("qubits", b.numQubits());
        json.put("last_update_date", b.calibration().lastUpdate());
        return json;
    }
}
