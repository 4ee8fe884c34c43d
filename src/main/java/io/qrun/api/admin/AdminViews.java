package io.qrun.api.admin;

import io.qrun.application.accounts.AccountService.CreatedKey;
import io.qrun.domain.backend.Backend;
import io.qrun.domain.instance.Instance;
import io.qrun.domain.user.ApiKey;
import io.qrun.domain.user.User;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The JSON (snake_case) of the operator endpoints' objects. */
public final class AdminViews {

    private AdminViews() {
    }

    static JsonObject instance(Instance i) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", i.getId())
                .add("name", i.getName())
                .add("plan", i.getPlan().id())
                .add("share", i.getShare());
        if (i.getUsageLimitSeconds() == null) {
            b.addNull("usage_limit_seconds");
        } else {
            b.add("usage_limit_seconds", i.getUsageLimitSeconds());
        }
        return b.add("usage_period_start", time(i.getUsagePeriodStart()))
                .add("created", time(i.getCreated()))
                .build();
    }

    /** The user as the operator sees it; /users/me adds the instance the request acts for. */
    public static JsonObject user(User u) {
        JsonArrayBuilder instances = Json.createArrayBuilder();
        u.getInstanceIds().forEach(instances::add);
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", u.getId())
                .add("name", u.getName())
                .add("role", u.getRole().id())
                .add("instances", instances);
        if (u.getDefaultInstanceId() == null) {
            b.addNull("default_instance");
        } else {
            b.add("default_instance", u.getDefaultInstanceId());
        }
        return b.add("created", time(u.getCreated())).build();
    }

    /** A key's record: never the key itself. */
    static JsonObjectBuilder key(ApiKey k) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", k.getId())
                .add("user_id", k.getUserId());
        if (k.getLabel() == null) {
            b.addNull("label");
        } else {
            b.add("label", k.getLabel());
        }
        return b.add("created", time(k.getCreated()));
    }

    /** A key just created: the only answer that carries the key. */
    static JsonObject createdKey(CreatedKey k) {
        return key(k.record()).add("key", k.key()).build();
    }

    static JsonObject backendState(Backend b, boolean paused, String reason) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("name", b.name())
                .add("paused", paused);
        if (reason == null) {
            o.addNull("reason");
        } else {
            o.add("reason", reason);
        }
        return o.add("is_simulator", b.simulator())
                .add("qubits", b.numQubits())
                .add("last_update_date", time(b.calibration().lastUpdate()))
                .build();
    }

    /** ISO-8601 UTC with 'Z', to the millisecond. */
    static String time(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
